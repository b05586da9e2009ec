"use client";

import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { snapToWords } from "@/anchoring/word-boundaries";
import type { KeyboardEvent, MouseEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { ArticleDto, RevisionSummary } from "@/modules/articles/schemas";
import type { ClaimDto } from "@/modules/claims/schemas";
import type { RatingScaleDto } from "@/modules/rating-scales/schemas";
import { callApi } from "@/components/ui/api-client";
import { FormError } from "@/components/ui/field";
import { ArticleScalePicker } from "./article-scale-picker";
import { ClaimPanel } from "./claim-panel";
import { RevisionForm } from "./revision-form";
import { assignLayers } from "./highlight-layers";
import { characterAtScreenPoint, offsetOfPoint, rangeForOffsets, selectedRange, splitParagraphs } from "./text-offsets";

export interface WorkbenchPermissions {
  canEditClaims: boolean;
  canReviewClaims: boolean;
  canManageScales: boolean;
}

const highlightNames = ["claim-suggested", "claim-open-0", "claim-open-1", "claim-open-2", "claim-active"] as const;

function positionOf(claim: ClaimDto): { start: number; end: number } {
  const position = claim.target.selector[1];
  return { start: position.start, end: position.end };
}

function shorten(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function ArticleWorkbench({
  initialArticle,
  messages,
  locale,
  scale,
  currentUserId,
  permissions,
  initialRevisions,
  initialClaimId,
}: {
  initialClaimId?: string | null;
  initialArticle: ArticleDto;
  initialRevisions: RevisionSummary[];
  messages: Messages;
  locale: Locale;
  scale: RatingScaleDto;
  currentUserId: string;
  permissions: WorkbenchPermissions;
}) {
  const [article, setArticle] = useState(initialArticle);
  const [activeClaimId, setActiveClaimId] = useState<string | null>(initialClaimId ?? null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [textKey, setTextKey] = useState(0);
  const [isRevising, setIsRevising] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [revisions, setRevisions] = useState(initialRevisions);
  const [isSnapping, setIsSnapping] = useState(false);
  const [anchorBoxes, setAnchorBoxes] = useState<{ id: string; top: number; left: number; width: number; height: number }[]>([]);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [reviewers, setReviewers] = useState<{ id: string; name: string }[]>([]);
  const [presence, setPresence] = useState<{ userId: string; name: string; claimId: string | null }[]>([]);
  const connectionIdRef = useRef<string | null>(null);
  const activeClaimIdRef = useRef<string | null>(null);

  useEffect(() => {
    if (!permissions.canEditClaims) return;
    void callApi<{ id: string; name: string }[]>("GET", "/api/reviewers").then((result) => {
      if (result.ok) setReviewers(result.data);
    });
  }, [permissions.canEditClaims]);

  // Live: others' changes arrive as Server-Sent Events; each one is refetched through this person's own
  // permissions (so the blind-review rule holds), and presence says who looks at which claim.
  useEffect(() => {
    const source = new EventSource(`/api/articles/${initialArticle.id}/events`);
    const sendPresence = () => {
      if (connectionIdRef.current) {
        void callApi("POST", `/api/articles/${initialArticle.id}/presence`, { connectionId: connectionIdRef.current, claimId: activeClaimIdRef.current });
      }
    };
    source.addEventListener("hello", (event) => {
      connectionIdRef.current = (JSON.parse((event as MessageEvent<string>).data) as { connectionId: string }).connectionId;
      sendPresence();
    });
    source.addEventListener("claim", (event) => {
      const { claimId } = JSON.parse((event as MessageEvent<string>).data) as { claimId: string };
      void callApi<ClaimDto>("GET", `/api/claims/${claimId}`).then((result) => {
        if (result.ok) {
          setArticle((previous) =>
            previous.claims.some((claim) => claim.id === claimId)
              ? { ...previous, claims: previous.claims.map((claim) => (claim.id === claimId ? result.data : claim)) }
              : { ...previous, claims: [...previous.claims, result.data].sort((left, right) => positionOf(left).start - positionOf(right).start) },
          );
        } else if (result.status === 404) {
          setArticle((previous) => ({ ...previous, claims: previous.claims.filter((claim) => claim.id !== claimId) }));
        }
      });
    });
    source.addEventListener("article", () => {
      void callApi<ArticleDto>("GET", `/api/articles/${initialArticle.id}`).then((result) => {
        if (result.ok) setArticle(result.data);
      });
    });
    source.addEventListener("presence", (event) => {
      setPresence((JSON.parse((event as MessageEvent<string>).data) as { viewers: { userId: string; name: string; claimId: string | null }[] }).viewers);
    });
    const heartbeat = setInterval(sendPresence, 15_000);
    return () => {
      clearInterval(heartbeat);
      source.close();
    };
  }, [initialArticle.id]);

  useEffect(() => {
    activeClaimIdRef.current = activeClaimId;
    if (connectionIdRef.current)
      void callApi("POST", `/api/articles/${initialArticle.id}/presence`, { connectionId: connectionIdRef.current, claimId: activeClaimId });
  }, [activeClaimId, initialArticle.id]);
  const textRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(article.text), [article.text]);

  // Orphans have no place in the current text: they are listed, never highlighted.
  const visibleClaims = useMemo(() => article.claims.filter((claim) => claim.status !== "dismissed" && claim.anchoring.status !== "orphan"), [article.claims]);
  const activeClaim = article.claims.find((claim) => claim.id === activeClaimId) ?? null;

  // Highlights go through the CSS Custom Highlight API: the text's DOM is never split, so Arabic letters
  // stay joined and bidi order is untouched however claims overlap.
  useEffect(() => {
    const container = textRef.current;
    if (!container || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const layers = assignLayers(visibleClaims.filter((claim) => claim.status === "open").map((claim) => ({ id: claim.id, ...positionOf(claim) })));
    const byName = new Map<string, Range[]>(highlightNames.map((name) => [name, []]));
    for (const claim of visibleClaims) {
      if (claim.status === "suggested") byName.get("claim-suggested")!.push(rangeForOffsets(container, positionOf(claim).start, positionOf(claim).end));
    }
    for (const span of layers) byName.get(`claim-open-${span.layer}`)!.push(rangeForOffsets(container, span.start, span.end));
    if (activeClaim) byName.get("claim-active")!.push(rangeForOffsets(container, positionOf(activeClaim).start, positionOf(activeClaim).end));
    for (const [name, ranges] of byName) {
      const highlight = new Highlight(...ranges);
      highlight.priority = name === "claim-active" ? 10 : name === "claim-suggested" ? 0 : 1;
      CSS.highlights.set(name, highlight);
    }
    return () => {
      for (const name of highlightNames) CSS.highlights.delete(name);
    };
  }, [visibleClaims, activeClaim, textKey]);

  // Keyboard access without touching the text: one focusable, transparent button over each claim's first
  // line box, in reading order, so Tab/Shift+Tab walk the claims and Enter opens one.
  useLayoutEffect(() => {
    const container = textRef.current;
    const wrapper = wrapperRef.current;
    if (!container || !wrapper) return;
    function measure() {
      const origin = wrapper!.getBoundingClientRect();
      setAnchorBoxes(
        visibleClaims.flatMap((claim) => {
          const rect = rangeForOffsets(container!, positionOf(claim).start, positionOf(claim).end).getClientRects()[0];
          return rect ? [{ id: claim.id, top: rect.top - origin.top, left: rect.left - origin.left, width: rect.width, height: rect.height }] : [];
        }),
      );
    }
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [visibleClaims, textKey]);

  useEffect(() => {
    function onSelectionChange() {
      const container = textRef.current;
      if (!container) return;
      const current = document.getSelection();
      if (!current || current.rangeCount === 0) return;
      if (!container.contains(current.anchorNode)) return;
      setSelection(selectedRange(container, current));
    }
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const replaceClaim = useCallback((claim: ClaimDto) => {
    setArticle((previous) => ({ ...previous, claims: previous.claims.map((existing) => (existing.id === claim.id ? claim : existing)) }));
  }, []);

  const removeClaim = useCallback((claimId: string) => {
    setArticle((previous) => ({ ...previous, claims: previous.claims.filter((existing) => existing.id !== claimId) }));
    setActiveClaimId(null);
  }, []);

  // With snapping on, a selection grows to whole words (Arabic clitics included) before it becomes a claim.
  const applySnapping = useCallback(
    (range: { start: number; end: number } | null) => {
      if (!range || !isSnapping) return range;
      const snapped = snapToWords(article.text, range.start, range.end);
      return snapped.end > snapped.start ? snapped : null;
    },
    [isSnapping, article.text],
  );
  const effectiveSelection = useMemo(() => applySnapping(selection), [applySnapping, selection]);

  async function createClaimFromSelection() {
    // Read the selection at this moment: "selectionchange" arrives a task later, so right after a quick
    // Shift+Arrow the state can lag a keystroke behind what the person sees selected.
    const container = textRef.current;
    const range = applySnapping((container ? selectedRange(container, document.getSelection()) : null) ?? selection);
    if (!range || !permissions.canEditClaims) return;
    setError(null);
    const result = await callApi<ClaimDto>("POST", `/api/articles/${article.id}/claims`, range);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setArticle((previous) => ({
      ...previous,
      claims: [...previous.claims, result.data].sort(
        (left, right) => positionOf(left).start - positionOf(right).start || positionOf(right).end - positionOf(left).end,
      ),
    }));
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    setActiveClaimId(result.data.id);
  }

  function claimsAt(offset: number): ClaimDto[] {
    return visibleClaims
      .filter((claim) => positionOf(claim).start <= offset && offset < positionOf(claim).end)
      .sort((left, right) => positionOf(left).end - positionOf(left).start - (positionOf(right).end - positionOf(right).start));
  }

  function onTextClick(event: MouseEvent<HTMLDivElement>) {
    const container = textRef.current;
    if (!container || !document.getSelection()?.isCollapsed) return;
    const offset = characterAtScreenPoint(container, event.clientX, event.clientY);
    if (offset === null) return;
    // Nested claims: the innermost (shortest) one opens; the panel lists the others found there.
    const [innermost] = claimsAt(offset);
    if (innermost) setActiveClaimId(innermost.id);
  }

  function onTextMouseMove(event: MouseEvent<HTMLDivElement>) {
    const container = textRef.current;
    if (!container) return;
    const offset = characterAtScreenPoint(container, event.clientX, event.clientY);
    container.classList.toggle("over-claim", offset !== null && claimsAt(offset).length > 0);
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void createClaimFromSelection();
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      const caret = document.getSelection();
      const container = textRef.current;
      if (!caret || !container || !caret.isCollapsed || caret.rangeCount === 0) return;
      const range = caret.getRangeAt(0);
      const offset = offsetOfPoint(container, range.startContainer, range.startOffset);
      const [innermost] = offset === null ? [] : claimsAt(offset);
      if (innermost) setActiveClaimId(innermost.id);
    }
  }

  const overlappingActive = activeClaim
    ? visibleClaims.filter(
        (claim) =>
          claim.id !== activeClaim.id && positionOf(claim).start < positionOf(activeClaim).end && positionOf(activeClaim).start < positionOf(claim).end,
      )
    : [];
  const placedClaims = article.claims.filter((claim) => claim.anchoring.status !== "orphan");
  const openClaims = placedClaims.filter((claim) => claim.status !== "suggested" && claim.status !== "dismissed");
  const withAgreement = openClaims.filter((claim) => claim.agreement !== null);
  const summary = format(messages.workbench.summary, {
    published: openClaims.filter((claim) => claim.status === "published").length,
    review: openClaims.filter((claim) => claim.status === "in_review" || claim.status === "verdict_proposed").length,
    unanimous: withAgreement.filter((claim) => claim.agreement?.isUnanimous).length,
    split: withAgreement.filter((claim) => !claim.agreement?.isUnanimous).length,
  });
  const suggestedClaims = placedClaims.filter((claim) => claim.status === "suggested");
  const dismissedClaims = placedClaims.filter((claim) => claim.status === "dismissed");
  const orphanClaims = article.claims.filter((claim) => claim.anchoring.status === "orphan" && claim.status !== "dismissed");

  async function onRevisionSaved(revised: ArticleDto) {
    const fromThisRevision = revised.claims.filter((claim) => claim.anchoring.revision === revised.revisionNumber);
    setNotice(
      format(messages.workbench.revisionSaved, {
        number: revised.revisionNumber,
        moved: fromThisRevision.filter((claim) => claim.anchoring.status === "moved").length,
        changed: fromThisRevision.filter((claim) => claim.anchoring.status === "changed").length,
        orphans: revised.claims.filter((claim) => claim.anchoring.status === "orphan").length,
      }),
    );
    setArticle(revised);
    setIsRevising(false);
    setActiveClaimId(null);
    setSelection(null);
    const listed = await callApi<RevisionSummary[]>("GET", `/api/articles/${revised.id}/revisions`);
    if (listed.ok) setRevisions(listed.data);
  }

  const dateFormat = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

  function claimButton(claim: ClaimDto) {
    const quote = claim.target.selector[0].exact;
    return (
      <li key={claim.id}>
        <button
          type="button"
          className={`claim-chip claim-chip-${claim.status}${claim.id === activeClaimId ? " is-active" : ""}`}
          aria-label={format(messages.workbench.openClaim, { quote })}
          aria-pressed={claim.id === activeClaimId}
          onClick={() => setActiveClaimId(claim.id)}
          lang={article.language}
          dir={article.direction}
        >
          {shorten(quote)}
          {claim.status !== "suggested" && claim.status !== "dismissed" && (
            <span className="chip-state" aria-label={messages.panel.statuses[claim.status]} title={messages.panel.statuses[claim.status]}>
              {" "}
              {claim.status === "published" ? "✓" : claim.status === "verdict_proposed" ? "●" : claim.status === "in_review" ? "…" : ""}
              {claim.agreement && !claim.agreement.isUnanimous ? " ≠" : ""}
            </span>
          )}
        </button>
      </li>
    );
  }

  return (
    <div className="workbench">
      <div className="workbench-article">
        <div className="article-heading">
          <h1 lang={article.language} dir={article.direction}>
            {article.title}
          </h1>
          <div className="actions">
            {permissions.canEditClaims && !isRevising && (
              <button type="button" onClick={() => setIsRevising(true)}>
                {messages.workbench.editText}
              </button>
            )}
            <Link href={`/articles/${article.id}/report`} className="button-quiet">
              {messages.workbench.report}
            </Link>
          </div>
        </div>
        {permissions.canManageScales && <ArticleScalePicker articleId={article.id} currentScaleId={scale.id} messages={messages} locale={locale} />}
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {isRevising && (
          <RevisionForm article={article} messages={messages} onSaved={(revised) => void onRevisionSaved(revised)} onCancel={() => setIsRevising(false)} />
        )}
        <p className="hint">
          {permissions.canEditClaims ? messages.workbench.textHint : messages.workbench.selectHint}{" "}
          <span className="legend legend-suggested">{messages.workbench.legendSuggested}</span>{" "}
          <span className="legend legend-open">{messages.workbench.legendOpen}</span>
        </p>
        {permissions.canEditClaims && (
          <div className="selection-toolbar" aria-live="polite">
            <button
              type="button"
              className="button-primary"
              disabled={!effectiveSelection}
              // Keep the text selection when the button is pressed with the mouse.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void createClaimFromSelection()}
            >
              {messages.workbench.createClaim}
            </button>
            <span className="selection-preview" lang={article.language} dir={article.direction}>
              {effectiveSelection
                ? format(messages.workbench.selection, { text: shorten(article.text.slice(effectiveSelection.start, effectiveSelection.end), 80) })
                : messages.workbench.noSelection}
            </span>
            <label className="snap-toggle">
              <input type="checkbox" checked={isSnapping} onChange={(event) => setIsSnapping(event.target.checked)} /> {messages.workbench.snapToWords}
            </label>
          </div>
        )}
        <FormError message={error} />
        {/* Editable only so that the keyboard can move a caret and select (Shift+Arrow); every change is refused. */}
        <div className="article-text-wrapper" ref={wrapperRef}>
          <div
            key={textKey}
            ref={textRef}
            className="article-text"
            lang={article.language}
            dir={article.direction}
            role="textbox"
            aria-multiline="true"
            aria-readonly="true"
            aria-label={messages.workbench.text}
            contentEditable
            suppressContentEditableWarning
            spellCheck={false}
            onBeforeInput={(event) => event.preventDefault()}
            onPaste={(event) => event.preventDefault()}
            onCut={(event) => event.preventDefault()}
            onDrop={(event) => event.preventDefault()}
            onInput={() => setTextKey((key) => key + 1)}
            onKeyDown={onTextKeyDown}
            onClick={onTextClick}
            onMouseMove={onTextMouseMove}
            data-testid="article-text"
          >
            {paragraphs.map((paragraph) => (
              <p key={paragraph.offset} data-offset={paragraph.offset}>
                {paragraph.text}
              </p>
            ))}
          </div>
          <div className="claim-anchors">
            {anchorBoxes.map((box) => {
              const claim = visibleClaims.find((candidate) => candidate.id === box.id);
              if (!claim) return null;
              return (
                <button
                  key={box.id}
                  type="button"
                  className={`claim-anchor${box.id === activeClaimId ? " is-active" : ""}`}
                  style={{ top: box.top, left: box.left, width: box.width, height: box.height }}
                  aria-label={format(messages.workbench.claimAnchor, { status: messages.panel.statuses[claim.status], quote: claim.target.selector[0].exact })}
                  onClick={() => setActiveClaimId(box.id)}
                  data-claim-id={box.id}
                />
              );
            })}
          </div>
        </div>
      </div>
      <aside className="workbench-side" aria-label={messages.panel.title}>
        {activeClaim ? (
          <ClaimPanel
            key={activeClaim.id}
            claim={activeClaim}
            article={article}
            overlapping={overlappingActive}
            messages={messages}
            locale={locale}
            scale={scale}
            permissions={permissions}
            currentUserId={currentUserId}
            reviewers={reviewers}
            viewers={[
              ...new Set(presence.filter((viewer) => viewer.claimId === activeClaim.id && viewer.userId !== currentUserId).map((viewer) => viewer.name)),
            ]}
            onChange={replaceClaim}
            onDelete={removeClaim}
            onOpenClaim={setActiveClaimId}
            onClose={() => setActiveClaimId(null)}
            selection={selection}
          />
        ) : (
          <p className="hint">{messages.workbench.selectHint}</p>
        )}
        {orphanClaims.length > 0 && (
          <section className="card orphan-list" aria-labelledby="orphans-heading">
            <h2 id="orphans-heading">
              {messages.workbench.orphansList} ({orphanClaims.length})
            </h2>
            <p className="hint">{messages.workbench.orphansHint}</p>
            <ul className="chip-list">{orphanClaims.map(claimButton)}</ul>
          </section>
        )}
        <nav className="claim-lists" aria-label={messages.workbench.claimsList}>
          <h2>
            {messages.workbench.claimsList} ({openClaims.length})
          </h2>
          <p className="hint" data-testid="review-summary">
            {summary}
          </p>
          {openClaims.length === 0 ? <p className="hint">{messages.workbench.none}</p> : <ul className="chip-list">{openClaims.map(claimButton)}</ul>}
          <h2>
            {messages.workbench.suggestionsList} ({suggestedClaims.length})
          </h2>
          {suggestedClaims.length === 0 ? <p className="hint">{messages.workbench.none}</p> : <ul className="chip-list">{suggestedClaims.map(claimButton)}</ul>}
          {dismissedClaims.length > 0 && (
            <details>
              <summary>
                {messages.workbench.dismissedList} ({dismissedClaims.length})
              </summary>
              <ul className="chip-list">{dismissedClaims.map(claimButton)}</ul>
            </details>
          )}
          <h2>{messages.workbench.revisions}</h2>
          <ol className="revision-list" reversed>
            {revisions.map((revision) => (
              <li key={revision.number}>
                {format(messages.workbench.revisionLine, { number: revision.number, date: dateFormat.format(new Date(revision.createdAt)) })}
                {revision.createdBy && (
                  <>
                    {" "}
                    · <bdi>{revision.createdBy}</bdi>
                  </>
                )}
                {revision.note && (
                  <>
                    {" "}
                    · <bdi>{revision.note}</bdi>
                  </>
                )}
              </li>
            ))}
          </ol>
        </nav>
      </aside>
    </div>
  );
}
