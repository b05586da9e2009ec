"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { ArticleDto } from "@/modules/articles/schemas";
import type { ClaimDto } from "@/modules/claims/schemas";
import type { RatingDefinition } from "@/modules/review/rating-scale";
import { callApi } from "@/components/ui/api-client";
import { Field, FormError } from "@/components/ui/field";
import type { WorkbenchPermissions } from "./article-workbench";

interface ClaimPanelProps {
  claim: ClaimDto;
  article: ArticleDto;
  overlapping: ClaimDto[];
  messages: Messages;
  locale: Locale;
  ratingScale: readonly RatingDefinition[];
  permissions: WorkbenchPermissions;
  onChange: (claim: ClaimDto) => void;
  onDelete: (claimId: string) => void;
  onOpenClaim: (claimId: string) => void;
  onClose: () => void;
  selection: { start: number; end: number } | null;
}

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ClaimPanel({ claim, article, overlapping, messages, locale, ratingScale, permissions, onChange, onDelete, onOpenClaim, onClose, selection }: ClaimPanelProps) {
  const [error, setError] = useState<string | null>(null);
  const [sourceErrors, setSourceErrors] = useState<Record<string, string[]>>({});
  const [verdictErrors, setVerdictErrors] = useState<Record<string, string[]>>({});
  const [isBusy, setIsBusy] = useState(false);
  const [quote] = claim.target.selector;
  const labels = messages.panel;

  async function reloadClaim() {
    const result = await callApi<ClaimDto>("GET", `/api/claims/${claim.id}`);
    if (result.ok) onChange(result.data);
  }

  async function setStatus(status: "open" | "dismissed") {
    await patchClaim({ status });
  }

  async function patchClaim(changes: Record<string, unknown>) {
    setIsBusy(true);
    setError(null);
    const result = await callApi<ClaimDto>("PATCH", `/api/claims/${claim.id}`, { version: claim.version, ...changes });
    setIsBusy(false);
    if (result.ok) return onChange(result.data);
    if (result.status === 409 && result.current) {
      onChange(result.current as ClaimDto);
      setError(labels.conflict);
      return;
    }
    setError(result.message);
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
    setIsBusy(true);
    const result = await callApi("POST", `/api/claims/${claim.id}/sources`, {
      url: form.get("url"),
      title: form.get("title"),
      publisher: form.get("publisher"),
      excerpt: form.get("excerpt"),
      accessedAt: form.get("accessedAt") || undefined,
    });
    setIsBusy(false);
    if (!result.ok) {
      setSourceErrors(result.fieldErrors);
      setError(result.message);
      return;
    }
    setSourceErrors({});
    setError(null);
    formElement.reset();
    await reloadClaim();
  }

  async function onAddVerdict(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setIsBusy(true);
    const result = await callApi("POST", `/api/claims/${claim.id}/verdicts`, { rating: form.get("rating"), explanation: form.get("explanation") });
    setIsBusy(false);
    if (!result.ok) {
      setVerdictErrors(result.fieldErrors);
      setError(result.message);
      return;
    }
    setVerdictErrors({});
    setError(null);
    formElement.reset();
    await reloadClaim();
  }

  const detection = claim.detection;
  const qualifierLabel = (qualifier: string) => (qualifier in labels.qualifiers ? labels.qualifiers[qualifier as keyof typeof labels.qualifiers] : qualifier);
  const consistency = article.consistency.filter((check) => check.claimIds.includes(claim.id));
  const numberFormat = new Intl.NumberFormat(locale === "ar" ? "ar-u-nu-latn" : "en", { maximumFractionDigits: 4 });
  const idPrefix = `claim-${claim.id}`;

  return (
    <section className="claim-panel card" aria-labelledby={`${idPrefix}-title`} data-testid="claim-panel">
      <div className="panel-heading">
        <h2 id={`${idPrefix}-title`}>{labels.title}</h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          {labels.close}
        </button>
      </div>
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
            <button type="button" disabled={isBusy} onClick={() => void patchClaim({ acknowledgeChange: true })}>
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
            onClick={() => selection && void patchClaim({ range: selection })}
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
                  {check.arithmetic}
                </div>
                {check.qualifiers.length > 0 && <small>{format(labels.consistencyQualifiers, { qualifiers: check.qualifiers.map((qualifier) => qualifierLabel(qualifier)).join(locale === "ar" ? "، " : ", ") })}</small>}
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
            <button type="button" className="button-primary" disabled={isBusy} onClick={() => void setStatus("open")}>
              {labels.accept}
            </button>
          )}
          {claim.status !== "dismissed" ? (
            <button type="button" disabled={isBusy} onClick={() => void setStatus("dismissed")}>
              {labels.dismiss}
            </button>
          ) : (
            <button type="button" disabled={isBusy} onClick={() => void setStatus("open")}>
              {labels.restore}
            </button>
          )}
          <button type="button" className="button-danger" disabled={isBusy} onClick={() => void deleteThisClaim()}>
            {labels.delete}
          </button>
        </div>
      )}

      <h3>{labels.sources}</h3>
      {claim.sources.length === 0 ? (
        <p className="hint">{labels.noSources}</p>
      ) : (
        <ul className="source-list">
          {claim.sources.map((source) => (
            <li key={source.id}>
              <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" dir="auto">
                {source.title}
              </a>
              {source.publisher && <span dir="auto"> — {source.publisher}</span>}
              <small> · {format(labels.accessed, { date: formatDate(source.accessedAt, locale) })}</small>
              {source.excerpt && <q dir="auto">{source.excerpt}</q>}
            </li>
          ))}
        </ul>
      )}
      {permissions.canReviewClaims && claim.status !== "dismissed" && (
        <form className="panel-form" onSubmit={(event) => void onAddSource(event)} noValidate aria-label={labels.addSource}>
          <Field id={`${idPrefix}-url`} label={labels.sourceUrl} errors={sourceErrors.url}>
            <input id={`${idPrefix}-url`} name="url" type="url" dir="ltr" required placeholder="https://" />
          </Field>
          <Field id={`${idPrefix}-source-title`} label={labels.sourceTitle} errors={sourceErrors.title}>
            <input id={`${idPrefix}-source-title`} name="title" dir="auto" required />
          </Field>
          <Field id={`${idPrefix}-publisher`} label={labels.sourcePublisher} errors={sourceErrors.publisher}>
            <input id={`${idPrefix}-publisher`} name="publisher" dir="auto" />
          </Field>
          <Field id={`${idPrefix}-excerpt`} label={labels.sourceExcerpt} errors={sourceErrors.excerpt}>
            <textarea id={`${idPrefix}-excerpt`} name="excerpt" dir="auto" rows={2} />
          </Field>
          <Field id={`${idPrefix}-accessed`} label={labels.sourceAccessed} errors={sourceErrors.accessedAt}>
            <input id={`${idPrefix}-accessed`} name="accessedAt" type="date" defaultValue={today()} />
          </Field>
          <button type="submit" disabled={isBusy}>
            {labels.addSource}
          </button>
        </form>
      )}

      <h3>{labels.verdicts}</h3>
      {claim.verdicts.length === 0 ? (
        <p className="hint">{labels.noVerdicts}</p>
      ) : (
        <ul className="verdict-list">
          {[...claim.verdicts].reverse().map((verdict) => {
            const colour = ratingScale.find((rating) => rating.key === verdict.rating)?.colour;
            return (
              <li key={verdict.id} data-testid="verdict">
                <span className="rating-badge" style={{ backgroundColor: colour }}>
                  {verdict.ratingLabel[locale]}
                </span>{" "}
                <small>{format(labels.by, { name: verdict.author ?? "—", date: formatDate(verdict.createdAt, locale) })}</small>
                <p dir="auto" className="verdict-explanation">
                  {verdict.explanation}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {permissions.canReviewClaims && claim.status === "open" && (
        <form className="panel-form" onSubmit={(event) => void onAddVerdict(event)} noValidate aria-label={labels.addVerdict}>
          <Field id={`${idPrefix}-rating`} label={labels.rating} errors={verdictErrors.rating}>
            <select id={`${idPrefix}-rating`} name="rating" required defaultValue="">
              <option value="" disabled>
                {labels.chooseRating}
              </option>
              {ratingScale.map((rating) => (
                <option key={rating.key} value={rating.key}>
                  {rating.labels[locale]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${idPrefix}-explanation`} label={labels.explanation} errors={verdictErrors.explanation}>
            <textarea id={`${idPrefix}-explanation`} name="explanation" dir="auto" rows={3} required />
          </Field>
          <button type="submit" className="button-primary" disabled={isBusy}>
            {labels.addVerdict}
          </button>
        </form>
      )}
      {permissions.canReviewClaims && claim.status === "suggested" && <p className="hint">{labels.acceptFirst}</p>}
      {!permissions.canReviewClaims && <p className="hint">{labels.readOnly}</p>}
    </section>
  );
}
