"use client";

import { useState } from "react";
import type { FormEvent, ReactNode } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { ArticleDto } from "@/modules/articles/schemas";
import type { ClaimDto } from "@/modules/claims/schemas";
import type { RatingScaleDto } from "@/modules/rating-scales/schemas";
import { callApi } from "@/components/ui/api-client";
import type { ApiFailure } from "@/components/ui/api-client";
import { Field, FormError } from "@/components/ui/field";
import type { WorkbenchPermissions } from "./article-workbench";
import { ClaimTimeline } from "./claim-timeline";
import { CommentThread } from "./comment-thread";
import { SourceReuse } from "./source-reuse";

interface ClaimPanelProps {
  claim: ClaimDto;
  article: ArticleDto;
  overlapping: ClaimDto[];
  messages: Messages;
  locale: Locale;
  scale: RatingScaleDto;
  permissions: WorkbenchPermissions;
  currentUserId: string;
  reviewers: { id: string; name: string }[];
  viewers: string[];
  onChange: (claim: ClaimDto) => void;
  onDelete: (claimId: string) => void;
  onOpenClaim: (claimId: string) => void;
  onClose: () => void;
  selection: { start: number; end: number } | null;
}

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

const today = () => new Date().toISOString().slice(0, 10);

function RatingBadge({ label, colour }: { label: string; colour: string | null }) {
  return (
    <span className="rating-badge" style={{ backgroundColor: colour ?? "#6b6b6b" }}>
      {label}
    </span>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="panel-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function ClaimPanel(props: ClaimPanelProps) {
  const {
    claim,
    article,
    overlapping,
    messages,
    locale,
    scale,
    permissions,
    currentUserId,
    reviewers,
    viewers,
    onChange,
    onDelete,
    onOpenClaim,
    onClose,
    selection,
  } = props;
  const labels = messages.panel;
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, Record<string, string[]>>>({});
  const [isBusy, setIsBusy] = useState(false);
  const [statement, setStatement] = useState(claim.claimReviewed);
  const [statementConflict, setStatementConflict] = useState<string | null>(null);
  // The version the person's edit starts from. Live updates must not move it under unsaved typing, or a
  // save would silently overwrite someone else's change; untouched, the field follows the others' edits.
  const [statementBase, setStatementBase] = useState({ version: claim.version, text: claim.claimReviewed });
  if (claim.claimReviewed !== statementBase.text && statement === statementBase.text) {
    setStatementBase({ version: claim.version, text: claim.claimReviewed });
    setStatement(claim.claimReviewed);
  }
  const [timelineKey, setTimelineKey] = useState(0);
  const [quote] = claim.target.selector;
  const ratingLabel = (key: string) => scale.ratings.find((rating) => rating.key === key)?.labels[locale] ?? key;
  const idPrefix = `claim-${claim.id}`;
  const myVerdict = claim.verdicts.find((verdict) => verdict.authorId === currentUserId) ?? null;
  const isPublished = claim.status === "published";
  const canReviewNow = permissions.canReviewClaims && ["open", "in_review", "verdict_proposed"].includes(claim.status);

  function fail(form: string, result: ApiFailure) {
    setFieldErrors((previous) => ({ ...previous, [form]: result.fieldErrors }));
    setError(result.message);
    if (result.status === 409 && result.current && typeof result.current === "object" && "target" in result.current) {
      onChange(result.current as ClaimDto);
      setError(`${labels.conflict} ${result.message}`);
    }
  }

  /** Sends one change; on success the panel shows the claim the server returns. */
  async function send(form: string, method: string, url: string, body?: unknown): Promise<boolean> {
    setIsBusy(true);
    setError(null);
    const result = await callApi<ClaimDto>(method, url, body);
    setIsBusy(false);
    if (!result.ok) {
      fail(form, result);
      return false;
    }
    setFieldErrors((previous) => ({ ...previous, [form]: {} }));
    setTimelineKey((key) => key + 1);
    if (result.data && typeof result.data === "object" && "target" in result.data) onChange(result.data);
    else await reload();
    return true;
  }

  async function reload() {
    const result = await callApi<ClaimDto>("GET", `/api/claims/${claim.id}`);
    if (result.ok) onChange(result.data);
  }

  async function saveStatement(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsBusy(true);
    let result = await callApi<ClaimDto>("PATCH", `/api/claims/${claim.id}`, { version: statementBase.version, claimReviewed: statement });
    if (!result.ok && result.status === 409 && result.current && (result.current as ClaimDto).claimReviewed === statementBase.text) {
      // The claim moved on (a verdict, an assignment) but nobody touched the statement: no real conflict.
      result = await callApi<ClaimDto>("PATCH", `/api/claims/${claim.id}`, { version: (result.current as ClaimDto).version, claimReviewed: statement });
    }
    setIsBusy(false);
    if (result.ok) {
      setStatementConflict(null);
      setError(null);
      setStatementBase({ version: result.data.version, text: result.data.claimReviewed });
      setTimelineKey((key) => key + 1);
      return onChange(result.data);
    }
    if (result.status === 409 && result.current) {
      // Keep what the person typed and show what the other person saved; saving again applies it on top.
      const current = result.current as ClaimDto;
      setStatementBase({ version: current.version, text: current.claimReviewed });
      onChange(current);
      setStatementConflict(current.claimReviewed);
      setError(null);
      return;
    }
    fail("statement", result);
  }

  async function deleteThisClaim() {
    if (!window.confirm(labels.confirmDelete)) return;
    const result = await callApi<void>("DELETE", `/api/claims/${claim.id}`);
    if (result.ok) onDelete(claim.id);
    else setError(result.message);
  }

  async function onAddSource(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const optional = (name: string) => (form.get(name) ? String(form.get(name)) : undefined);
    if (
      await send("source", "POST", `/api/claims/${claim.id}/sources`, {
        url: form.get("url"),
        title: form.get("title"),
        publisher: form.get("publisher"),
        author: form.get("author"),
        publishedAt: optional("publishedAt"),
        accessedAt: optional("accessedAt"),
        type: form.get("type"),
        archiveUrl: form.get("archiveUrl"),
        credibilityNote: form.get("credibilityNote"),
        stance: form.get("stance"),
        excerpt: form.get("excerpt"),
      })
    )
      formElement.reset();
  }

  async function onSubmitVerdict(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await send("verdict", "POST", `/api/claims/${claim.id}/verdicts`, {
      rating: form.get("rating"),
      explanation: form.get("explanation"),
      sourceLinkIds: form.getAll("sourceLinkIds").map(String),
      ...(myVerdict ? { version: myVerdict.version } : {}),
    });
  }

  async function onPublication(event: FormEvent<HTMLFormElement>, action: "publish" | "correct" | "unpublish") {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await send(action, "POST", `/api/claims/${claim.id}/publications`, {
      action,
      version: claim.version,
      ...(action === "unpublish" ? {} : { rating: form.get("rating"), explanation: form.get("explanation") }),
      reason: form.get("reason") ?? "",
    });
  }

  async function onAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reviewerId = String(new FormData(event.currentTarget).get("reviewerId") ?? "");
    if (reviewerId) await send("assign", "POST", `/api/claims/${claim.id}/assignments`, { version: claim.version, reviewerIds: [reviewerId] });
  }

  const detection = claim.detection;
  const numberFormat = new Intl.NumberFormat(locale === "ar" ? "ar-u-nu-latn" : "en", { maximumFractionDigits: 4 });
  const qualifierLabel = (qualifier: string) => (qualifier in labels.qualifiers ? labels.qualifiers[qualifier as keyof typeof labels.qualifiers] : qualifier);
  const consistency = article.consistency.filter((check) => check.claimIds.includes(claim.id));
  const majority = claim.agreement?.ratings[0]?.rating ?? "";
  const ratingOptions = scale.ratings.map((rating) => (
    <option key={rating.key} value={rating.key}>
      {rating.labels[locale]}
    </option>
  ));
  const errorsOf = (form: string) => fieldErrors[form] ?? {};

  return (
    <section className="claim-panel card" aria-labelledby={`${idPrefix}-title`} data-testid="claim-panel">
      <div className="panel-heading">
        <h2 id={`${idPrefix}-title`}>{labels.title}</h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          {labels.close}
        </button>
      </div>
      {viewers.length > 0 && (
        <p className="presence" data-testid="presence">
          {format(labels.viewing, { names: viewers.join(locale === "ar" ? "، " : ", ") })}
        </p>
      )}
      <p className={`status status-${claim.status}`}>
        <span className="label">{labels.status}:</span> <span data-testid="claim-status">{labels.statuses[claim.status]}</span>
      </p>
      <blockquote className="claim-quote" lang={article.language} dir={article.direction}>
        {quote.exact}
      </blockquote>
      {article.revisionNumber > 1 && (
        <p className={`anchoring anchoring-${claim.anchoring.status}`} data-testid="claim-anchoring">
          <span className="label">{labels.anchoringLabel}:</span> {labels.anchoring[claim.anchoring.status]}
        </p>
      )}
      {claim.anchoring.status === "changed" && claim.anchoring.previousExact !== null && (
        <div className="previous-quote">
          <span className="label">{labels.previousQuote}:</span>
          <blockquote lang={article.language} dir={article.direction} data-testid="previous-quote">
            {claim.anchoring.previousExact}
          </blockquote>
          {permissions.canEditClaims && (
            <button
              type="button"
              disabled={isBusy}
              onClick={() => void send("claim", "PATCH", `/api/claims/${claim.id}`, { version: claim.version, acknowledgeChange: true })}
            >
              {labels.acknowledgeChange}
            </button>
          )}
        </div>
      )}
      {claim.anchoring.status === "orphan" && permissions.canEditClaims && (
        <div className="reattach">
          <p className="hint">{labels.reattachHint}</p>
          <button
            type="button"
            className="button-primary"
            disabled={isBusy || !selection}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => selection && void send("claim", "PATCH", `/api/claims/${claim.id}`, { version: claim.version, range: selection })}
          >
            {labels.reattach}
          </button>
        </div>
      )}
      {detection && (
        <dl className="detection">
          {detection.value !== null && (
            <>
              <dt>{labels.value}</dt>
              <dd dir="ltr" data-testid="detection-value">
                {detection.date ?? numberFormat.format(detection.value)}
                {detection.unit && detection.unit !== "percent" ? ` ${detection.unit}` : detection.unit === "percent" ? "%" : ""}
              </dd>
            </>
          )}
          {detection.qualifier !== "exact" && (
            <>
              <dt>{labels.qualifier}</dt>
              <dd>{qualifierLabel(detection.qualifier)}</dd>
            </>
          )}
          {detection.subject && (
            <>
              <dt>{labels.subject}</dt>
              <dd lang={article.language}>{detection.subject}</dd>
            </>
          )}
          {detection.scope && (
            <>
              <dt>{labels.scope}</dt>
              <dd data-testid="detection-scope">{labels.scopes[detection.scope] ?? detection.scope}</dd>
            </>
          )}
        </dl>
      )}
      {consistency.length > 0 && (
        <section className="consistency" aria-label={labels.consistency} data-testid="consistency">
          <h3>{labels.consistency}</h3>
          <ul>
            {consistency.map((check) => (
              <li key={check.kind + check.claimIds.join()} className={check.holds ? "holds" : "fails"}>
                <strong>{check.holds ? `✓ ${labels.consistencyHolds}` : `✗ ${labels.consistencyFails}`}</strong> · {labels.consistencyKinds[check.kind]} (
                <bdi lang={article.language}>{check.subject}</bdi>)
                <div dir="ltr" className="arithmetic">
                  {check.parts.map((part, index) => (
                    <span key={part.scope}>
                      {index > 0 && " + "}
                      {numberFormat.format(part.value)} (<bdi>{labels.scopes[part.scope] ?? part.scope}</bdi>)
                    </span>
                  ))}
                  {check.parts.length > 1 && ` = ${numberFormat.format(check.total)}`} {check.holds ? "≤" : ">"} {numberFormat.format(check.whole)}
                </div>
                {check.qualifiers.length > 0 && (
                  <small>
                    {format(labels.consistencyQualifiers, { qualifiers: check.qualifiers.map(qualifierLabel).join(locale === "ar" ? "، " : ", ") })}
                  </small>
                )}
              </li>
            ))}
          </ul>
          <small className="hint">{labels.consistencyNote}</small>
        </section>
      )}
      {overlapping.length > 0 && (
        <ul className="chip-list">
          {overlapping.map((other) => (
            <li key={other.id}>
              <button type="button" className="claim-chip" onClick={() => onOpenClaim(other.id)} lang={article.language} dir={article.direction}>
                {format(messages.workbench.openClaim, { quote: other.target.selector[0].exact })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={error} />
      {permissions.canEditClaims && (
        <div className="actions">
          {claim.status === "suggested" && (
            <button
              type="button"
              className="button-primary"
              disabled={isBusy}
              onClick={() => void send("claim", "PATCH", `/api/claims/${claim.id}`, { version: claim.version, status: "open" })}
            >
              {labels.accept}
            </button>
          )}
          {claim.status === "dismissed" && (
            <button
              type="button"
              disabled={isBusy}
              onClick={() => void send("claim", "PATCH", `/api/claims/${claim.id}`, { version: claim.version, status: "open" })}
            >
              {labels.restore}
            </button>
          )}
          {claim.status !== "dismissed" && !isPublished && (
            <button
              type="button"
              disabled={isBusy}
              onClick={() => void send("claim", "PATCH", `/api/claims/${claim.id}`, { version: claim.version, status: "dismissed" })}
            >
              {labels.dismiss}
            </button>
          )}
          {!isPublished && (
            <button type="button" className="button-danger" disabled={isBusy} onClick={() => void deleteThisClaim()}>
              {labels.delete}
            </button>
          )}
        </div>
      )}

      {claim.status !== "suggested" && claim.status !== "dismissed" && (
        <Section title={labels.claimReviewed}>
          {permissions.canEditClaims && !isPublished ? (
            <form onSubmit={(event) => void saveStatement(event)} aria-label={labels.claimReviewed}>
              {statementConflict !== null && (
                <div className="conflict" role="alert" data-testid="statement-conflict">
                  <p>{labels.conflictDetail}</p>
                  <p lang={article.language}>{format(labels.theirVersion, { text: statementConflict })}</p>
                </div>
              )}
              <Field id={`${idPrefix}-statement`} label={labels.claimReviewed} hint={labels.claimReviewedHint} errors={errorsOf("statement").claimReviewed}>
                <textarea id={`${idPrefix}-statement`} dir="auto" rows={2} value={statement} onChange={(event) => setStatement(event.target.value)} />
              </Field>
              <button type="submit" disabled={isBusy}>
                {labels.saveClaimReviewed}
              </button>
            </form>
          ) : (
            <p dir="auto" data-testid="claim-reviewed">
              {claim.claimReviewed || "—"}
            </p>
          )}
        </Section>
      )}

      {claim.status !== "suggested" && claim.status !== "dismissed" && (
        <Section title={labels.reviewers} testId="reviewers">
          {claim.reviewers.length === 0 ? (
            <p className="hint">{labels.noReviewers}</p>
          ) : (
            <ul className="reviewer-list">
              {claim.reviewers.map((reviewer) => (
                <li key={reviewer.id}>
                  <bdi>{reviewer.name}</bdi> ·{" "}
                  <span className={reviewer.hasSubmitted ? "submitted" : "waiting"}>{reviewer.hasSubmitted ? `✓ ${labels.submitted}` : labels.waiting}</span>
                  {permissions.canEditClaims && !isPublished && (
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={format(labels.unassign, { name: reviewer.name })}
                      onClick={() => void send("assign", "DELETE", `/api/claims/${claim.id}/assignments/${reviewer.id}`)}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {claim.agreement && (
            <p className={`agreement ${claim.agreement.isUnanimous ? "unanimous" : "split"}`} data-testid="agreement">
              {format(labels.agreement, { submitted: claim.agreement.submitted, assigned: Math.max(claim.agreement.assigned, claim.agreement.submitted) })} ·{" "}
              {claim.agreement.isUnanimous ? labels.agreementUnanimous : labels.agreementSplit} ·{" "}
              {claim.agreement.ratings.map((entry) => `${ratingLabel(entry.rating)} ×${entry.count}`).join(locale === "ar" ? "، " : ", ")}
            </p>
          )}
          {permissions.canEditClaims && !isPublished && reviewers.length > 0 && (
            <form className="inline-form" onSubmit={(event) => void onAssign(event)} aria-label={labels.assign}>
              <select name="reviewerId" aria-label={labels.chooseReviewer} defaultValue="">
                <option value="" disabled>
                  {labels.chooseReviewer}
                </option>
                {reviewers
                  .filter((reviewer) => !claim.reviewers.some((assigned) => assigned.id === reviewer.id))
                  .map((reviewer) => (
                    <option key={reviewer.id} value={reviewer.id}>
                      {reviewer.name}
                    </option>
                  ))}
              </select>
              <button type="submit" disabled={isBusy}>
                {labels.assign}
              </button>
            </form>
          )}
        </Section>
      )}

      <Section title={labels.sources}>
        {claim.sources.length === 0 ? (
          <p className="hint">{labels.noSources}</p>
        ) : (
          <ul className="source-list">
            {claim.sources.map((link) => (
              <li key={link.id}>
                <span className={`stance stance-${link.stance}`}>{labels.stances[link.stance]}</span>{" "}
                <a href={link.source.url} target="_blank" rel="noopener noreferrer nofollow" dir="auto">
                  {link.source.title}
                </a>
                {link.source.publisher && <span dir="auto"> — {link.source.publisher}</span>}
                <small>
                  {" "}
                  · {labels.sourceTypes[link.source.type]} · {format(labels.accessed, { date: formatDate(link.source.accessedAt, locale) })}
                </small>
                {link.excerpt && <q dir="auto">{link.excerpt}</q>}
                {permissions.canReviewClaims && !isPublished && (
                  <button type="button" className="button-quiet" onClick={() => void send("source", "DELETE", `/api/claims/${claim.id}/sources/${link.id}`)}>
                    {labels.detachSource}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {permissions.canReviewClaims && claim.status !== "dismissed" && !isPublished && (
          <SourceReuse
            claimId={claim.id}
            attachedSourceIds={claim.sources.map((link) => link.source.id)}
            messages={messages}
            onAttached={() => void reload()}
          />
        )}
        {permissions.canReviewClaims && claim.status !== "dismissed" && !isPublished && (
          <form className="panel-form" onSubmit={(event) => void onAddSource(event)} noValidate aria-label={labels.addSource}>
            <Field id={`${idPrefix}-url`} label={labels.sourceUrl} errors={errorsOf("source").url}>
              <input id={`${idPrefix}-url`} name="url" type="url" dir="ltr" required placeholder="https://" />
            </Field>
            <Field id={`${idPrefix}-source-title`} label={labels.sourceTitle} errors={errorsOf("source").title}>
              <input id={`${idPrefix}-source-title`} name="title" dir="auto" required />
            </Field>
            <Field id={`${idPrefix}-publisher`} label={labels.sourcePublisher} errors={errorsOf("source").publisher}>
              <input id={`${idPrefix}-publisher`} name="publisher" dir="auto" />
            </Field>
            <Field id={`${idPrefix}-stance`} label={labels.stance}>
              <select id={`${idPrefix}-stance`} name="stance" defaultValue="context">
                {(["supports", "refutes", "context"] as const).map((stance) => (
                  <option key={stance} value={stance}>
                    {labels.stances[stance]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${idPrefix}-excerpt`} label={labels.sourceExcerpt} errors={errorsOf("source").excerpt}>
              <textarea id={`${idPrefix}-excerpt`} name="excerpt" dir="auto" rows={2} />
            </Field>
            <Field id={`${idPrefix}-accessed`} label={labels.sourceAccessed} errors={errorsOf("source").accessedAt}>
              <input id={`${idPrefix}-accessed`} name="accessedAt" type="date" defaultValue={today()} />
            </Field>
            <details>
              <summary>{labels.moreSourceFields}</summary>
              <Field id={`${idPrefix}-author`} label={labels.sourceAuthor} errors={errorsOf("source").author}>
                <input id={`${idPrefix}-author`} name="author" dir="auto" />
              </Field>
              <Field id={`${idPrefix}-published`} label={labels.sourcePublished} errors={errorsOf("source").publishedAt}>
                <input id={`${idPrefix}-published`} name="publishedAt" type="date" />
              </Field>
              <Field id={`${idPrefix}-type`} label={labels.sourceType}>
                <select id={`${idPrefix}-type`} name="type" defaultValue="news-report">
                  {(Object.keys(labels.sourceTypes) as (keyof typeof labels.sourceTypes)[]).map((type) => (
                    <option key={type} value={type}>
                      {labels.sourceTypes[type]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`${idPrefix}-archive`} label={labels.sourceArchive} errors={errorsOf("source").archiveUrl}>
                <input id={`${idPrefix}-archive`} name="archiveUrl" type="url" dir="ltr" />
              </Field>
              <Field id={`${idPrefix}-credibility`} label={labels.sourceCredibility} errors={errorsOf("source").credibilityNote}>
                <textarea id={`${idPrefix}-credibility`} name="credibilityNote" dir="auto" rows={2} />
              </Field>
            </details>
            <button type="submit" disabled={isBusy}>
              {labels.addSource}
            </button>
          </form>
        )}
      </Section>

      <Section title={labels.verdicts}>
        {claim.hiddenVerdictCount > 0 && (
          <p className="hint" data-testid="hidden-verdicts">
            {format(labels.hiddenVerdicts, { count: claim.hiddenVerdictCount })}
          </p>
        )}
        {claim.verdicts.length === 0 ? (
          <p className="hint">{labels.noVerdicts}</p>
        ) : (
          <ul className="verdict-list">
            {claim.verdicts.map((verdict) => (
              <li key={verdict.id} data-testid="verdict">
                <RatingBadge label={verdict.ratingLabel[locale]} colour={verdict.colour} />{" "}
                <small>{format(labels.by, { name: verdict.author ?? "—", date: formatDate(verdict.updatedAt, locale) })}</small>
                <p dir="auto" className="verdict-explanation">
                  {verdict.explanation}
                </p>
                {verdict.sourceLinkIds.length > 0 && (
                  <small>
                    {format(labels.relies, {
                      sources: claim.sources
                        .filter((link) => verdict.sourceLinkIds.includes(link.id))
                        .map((link) => link.source.title)
                        .join(locale === "ar" ? "، " : ", "),
                    })}
                  </small>
                )}
              </li>
            ))}
          </ul>
        )}
        {canReviewNow && (
          <form
            key={myVerdict?.version ?? 0}
            className="panel-form"
            onSubmit={(event) => void onSubmitVerdict(event)}
            noValidate
            aria-label={myVerdict ? labels.reviseVerdict : labels.yourVerdict}
          >
            <h4>{myVerdict ? labels.reviseVerdict : labels.yourVerdict}</h4>
            <Field id={`${idPrefix}-rating`} label={labels.rating} errors={errorsOf("verdict").rating}>
              <select id={`${idPrefix}-rating`} name="rating" required defaultValue={myVerdict?.rating ?? ""}>
                <option value="" disabled>
                  {labels.chooseRating}
                </option>
                {ratingOptions}
              </select>
            </Field>
            <Field id={`${idPrefix}-explanation`} label={labels.explanation} errors={errorsOf("verdict").explanation}>
              <textarea id={`${idPrefix}-explanation`} name="explanation" dir="auto" rows={3} required defaultValue={myVerdict?.explanation ?? ""} />
            </Field>
            {claim.sources.length > 0 && (
              <fieldset>
                <legend>{labels.reliedOn}</legend>
                {claim.sources.map((link) => (
                  <label key={link.id} className="checkbox">
                    <input type="checkbox" name="sourceLinkIds" value={link.id} defaultChecked={myVerdict?.sourceLinkIds.includes(link.id) ?? false} />{" "}
                    <bdi>{link.source.title}</bdi>
                  </label>
                ))}
              </fieldset>
            )}
            <button type="submit" className="button-primary" disabled={isBusy}>
              {myVerdict ? labels.reviseVerdict : labels.addVerdict}
            </button>
          </form>
        )}
        {permissions.canReviewClaims && claim.status === "suggested" && <p className="hint">{labels.acceptFirst}</p>}
        {!permissions.canReviewClaims && <p className="hint">{labels.readOnly}</p>}
      </Section>

      {(claim.publication || (permissions.canEditClaims && claim.verdicts.length > 0 && claim.status !== "dismissed")) && (
        <Section title={labels.publication} testId="publication">
          {claim.publication && claim.publication.rating && (
            <div className="published">
              <RatingBadge label={claim.publication.ratingLabel?.[locale] ?? claim.publication.rating} colour={claim.publication.colour} />
              <p dir="auto">{claim.publication.explanation}</p>
              <small>{format(labels.publishedBy, { name: claim.publication.by ?? "—", date: formatDate(claim.publication.at, locale) })}</small>
            </div>
          )}
          {permissions.canEditClaims && !isPublished && claim.verdicts.length > 0 && (
            <form className="panel-form" onSubmit={(event) => void onPublication(event, "publish")} noValidate aria-label={labels.publish}>
              <Field id={`${idPrefix}-final-rating`} label={labels.rating} errors={errorsOf("publish").rating}>
                <select id={`${idPrefix}-final-rating`} name="rating" defaultValue={majority}>
                  {ratingOptions}
                </select>
              </Field>
              <Field id={`${idPrefix}-final-explanation`} label={labels.explanation} errors={errorsOf("publish").explanation}>
                <textarea id={`${idPrefix}-final-explanation`} name="explanation" dir="auto" rows={3} defaultValue={claim.verdicts[0]?.explanation ?? ""} />
              </Field>
              <Field id={`${idPrefix}-final-reason`} label={labels.publishReason} errors={errorsOf("publish").reason}>
                <input id={`${idPrefix}-final-reason`} name="reason" dir="auto" />
              </Field>
              <button type="submit" className="button-primary" disabled={isBusy}>
                {labels.publish}
              </button>
            </form>
          )}
          {permissions.canEditClaims && isPublished && (
            <>
              <form className="panel-form" onSubmit={(event) => void onPublication(event, "correct")} noValidate aria-label={labels.correct}>
                <Field id={`${idPrefix}-correct-rating`} label={labels.rating} errors={errorsOf("correct").rating}>
                  <select id={`${idPrefix}-correct-rating`} name="rating" defaultValue={claim.publication?.rating ?? ""}>
                    {ratingOptions}
                  </select>
                </Field>
                <Field id={`${idPrefix}-correct-explanation`} label={labels.explanation} errors={errorsOf("correct").explanation}>
                  <textarea id={`${idPrefix}-correct-explanation`} name="explanation" dir="auto" rows={3} defaultValue={claim.publication?.explanation ?? ""} />
                </Field>
                <Field id={`${idPrefix}-correct-reason`} label={labels.correctionReason} errors={errorsOf("correct").reason}>
                  <input id={`${idPrefix}-correct-reason`} name="reason" dir="auto" />
                </Field>
                <button type="submit" disabled={isBusy}>
                  {labels.correct}
                </button>
              </form>
              <form className="panel-form" onSubmit={(event) => void onPublication(event, "unpublish")} noValidate aria-label={labels.unpublish}>
                <Field id={`${idPrefix}-unpublish-reason`} label={labels.unpublishReason} errors={errorsOf("unpublish").reason}>
                  <input id={`${idPrefix}-unpublish-reason`} name="reason" dir="auto" />
                </Field>
                <button type="submit" className="button-danger" disabled={isBusy}>
                  {labels.unpublish}
                </button>
              </form>
            </>
          )}
          {claim.publicationLog.length > 0 && (
            <details>
              <summary>{labels.corrections}</summary>
              <ol className="publication-log">
                {claim.publicationLog.map((entry) => (
                  <li key={entry.id}>
                    {formatDate(entry.at, locale)} · {labels.actions[entry.action]}
                    {entry.rating && <> · {ratingLabel(entry.rating)}</>} · <bdi>{entry.by ?? "—"}</bdi>
                    {entry.reason && (
                      <>
                        {" "}
                        · <bdi>{entry.reason}</bdi>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </Section>
      )}

      {claim.status !== "suggested" && (
        <Section title={`${labels.comments} (${claim.commentCount})`} testId="comments">
          <CommentThread
            claimId={claim.id}
            commentCount={claim.commentCount}
            canComment={permissions.canReviewClaims}
            messages={messages}
            locale={locale}
            onPosted={() => void reload()}
          />
        </Section>
      )}
      <details className="timeline" onToggle={() => setTimelineKey((key) => key + 1)}>
        <summary>{labels.timeline}</summary>
        <ClaimTimeline key={timelineKey} claimId={claim.id} locale={locale} />
      </details>
    </section>
  );
}
