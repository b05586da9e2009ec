import { createAnchorer, describe } from "@/anchoring";
import type { AnchorResult } from "@/anchoring";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { suggestClaims } from "@/modules/claims/suggest-claims";
import { publishLiveEvent } from "@/lib/live-events";
import { recordHistory } from "@/modules/history/record-history";
import { loadArticle } from "./articles";
import { assertCanEditArticles } from "./policy";
import { reviseArticleInputSchema } from "./schemas";
import type { ArticleDto } from "./schemas";

export type AnchorStatus = "anchored" | "moved" | "changed" | "orphan";

interface StoredClaim {
  id: string;
  origin: string;
  status: string;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
}

/** What re-anchoring decided for one claim, in terms the claim panel shows. */
export function classifyAnchoring(claim: StoredClaim, result: AnchorResult): AnchorStatus {
  if (result.status === "orphan") return "orphan";
  if (result.exactChanged) return "changed";
  return result.start === claim.positionStart && result.end === claim.positionEnd ? "anchored" : "moved";
}

/**
 * Saves a new revision of an article's text (a correction, an updated story), re-anchors every claim on
 * it and scans it for new numeric claims, all in one transaction. Nothing is deleted: claims that cannot
 * be placed become orphans, keeping their last quote, until an editor re-attaches them.
 */
export async function reviseArticle(actor: CurrentUser, articleId: string, input: unknown): Promise<ArticleDto> {
  assertCanEditArticles(actor);
  const data = parseInput(reviseArticleInputSchema, input);
  const database = getDatabase();

  await database.$transaction(async (transaction) => {
    const article = await transaction.article.findUnique({
      where: { id: articleId },
      select: { title: true, text: true, version: true, revisionNumber: true },
    });
    if (!article) throw notFound("The article");
    if (article.version !== data.version) {
      throw new AppError("conflict", "Someone else changed this article since you opened it. Reload to see their change, then apply yours again.", {
        current: await loadArticle(articleId, actor),
      });
    }
    const revisionNumber = article.revisionNumber + 1;
    const title = data.title ?? article.title;
    await transaction.articleRevision.create({ data: { articleId, number: revisionNumber, title, text: data.text, note: data.note, createdById: actor.id } });
    // Guarded by version so that a concurrent revision of the same article cannot also commit.
    const { count } = await transaction.article.updateMany({
      where: { id: articleId, version: data.version },
      data: { text: data.text, title, revisionNumber, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("conflict", "Someone else revised this article at the same moment. Reload and apply your change again.");
    await recordHistory(transaction, actor, {
      entityType: "article",
      entityId: articleId,
      action: "revise",
      articleId,
      before: { revision: article.revisionNumber },
      after: { revision: revisionNumber, note: data.note },
    });

    const claims: StoredClaim[] = await transaction.claim.findMany({
      where: { articleId },
      select: { id: true, origin: true, status: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true, positionEnd: true },
    });
    const anchorer = createAnchorer(data.text);
    const results = anchorer.anchorAll(
      claims.map((claim) => [
        { type: "TextQuoteSelector" as const, exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix },
        { type: "TextPositionSelector" as const, start: claim.positionStart, end: claim.positionEnd },
      ]),
    );

    const placedDetectorRanges: { start: number; end: number }[] = [];
    const unplacedSuggestions: StoredClaim[] = [];
    for (const [index, claim] of claims.entries()) {
      const result = results[index]!;
      const anchorStatus = classifyAnchoring(claim, result);
      if (result.status === "orphan" && claim.origin === "detector" && claim.status !== "open") {
        unplacedSuggestions.push(claim);
        continue;
      }
      if (anchorStatus !== "anchored") {
        await recordHistory(transaction, actor, {
          entityType: "claim",
          entityId: claim.id,
          action: "re-anchor",
          articleId,
          claimId: claim.id,
          before: { quote: claim.quoteExact, start: claim.positionStart, end: claim.positionEnd },
          after: result.status === "orphan" ? { anchorStatus } : { anchorStatus, start: result.start, end: result.end, revision: revisionNumber },
        });
      }
      if (result.status === "orphan") {
        await transaction.claim.update({
          where: { id: claim.id },
          data: { anchorStatus, anchorMethod: null, anchorScore: result.score ?? null, version: { increment: 1 } },
        });
        continue;
      }
      if (claim.origin === "detector") placedDetectorRanges.push({ start: result.start, end: result.end });
      const { quote } = describe(data.text, result.start, result.end);
      await transaction.claim.update({
        where: { id: claim.id },
        data: {
          anchorStatus,
          anchorMethod: result.method,
          anchorScore: result.score,
          anchoredRevision: revisionNumber,
          positionStart: result.start,
          positionEnd: result.end,
          // A changed quote keeps what was checked, so the panel can show what changed and ask for a re-check.
          ...(anchorStatus === "changed" ? { previousExact: claim.quoteExact } : {}),
          quoteExact: quote.exact,
          quotePrefix: quote.prefix,
          quoteSuffix: quote.suffix,
          version: { increment: 1 },
        },
      });
    }

    // New numbers in the revision become suggestions; one already known there (suggested, accepted or
    // dismissed) is not suggested again, so a dismissal stays a dismissal.
    const overlapsPlaced = (start: number, end: number) => placedDetectorRanges.some((range) => range.start < end && start < range.end);
    const fresh = suggestClaims(data.text).filter((suggestion) => !overlapsPlaced(suggestion.positionStart, suggestion.positionEnd));
    // A suggestion (or dismissal) whose context was rewritten is still the same number expression: it
    // follows the one unclaimed detection with the very same words. Accepted claims never move this way.
    for (const claim of unplacedSuggestions) {
      const sameWords = fresh.filter((suggestion) => suggestion.quoteExact === claim.quoteExact);
      const target = sameWords.length === 1 ? sameWords[0] : undefined;
      if (!target) {
        await transaction.claim.update({
          where: { id: claim.id },
          data: { anchorStatus: "orphan", anchorMethod: null, anchorScore: null, version: { increment: 1 } },
        });
        continue;
      }
      fresh.splice(fresh.indexOf(target), 1);
      placedDetectorRanges.push({ start: target.positionStart, end: target.positionEnd });
      await transaction.claim.update({
        where: { id: claim.id },
        data: {
          anchorStatus: target.positionStart === claim.positionStart ? "anchored" : "moved",
          anchorMethod: "quote",
          anchorScore: null,
          anchoredRevision: revisionNumber,
          positionStart: target.positionStart,
          positionEnd: target.positionEnd,
          quotePrefix: target.quotePrefix,
          quoteSuffix: target.quoteSuffix,
          version: { increment: 1 },
        },
      });
    }
    if (fresh.length > 0) {
      await transaction.claim.createMany({ data: fresh.map((suggestion) => ({ ...suggestion, articleId, anchoredRevision: revisionNumber })) });
    }
  });
  publishLiveEvent({ type: "article", articleId, actorId: actor.id });
  return loadArticle(articleId, actor);
}
