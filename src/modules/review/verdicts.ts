import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import type { Prisma } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live-events";
import { loadClaim, moveClaimToStatus } from "@/modules/claims/claims";
import { assertCanReviewClaims } from "@/modules/claims/policy";
import type { ClaimDto } from "@/modules/claims/schemas";
import { recordHistory } from "@/modules/history/record-history";
import { ratingScaleForArticle } from "@/modules/rating-scales/scales";
import { submitVerdictInputSchema } from "./schemas";

const reviewableStatuses = new Set(["open", "in_review", "verdict_proposed"]);

/** A rating must belong to the article's scale. */
export async function assertRatingInScale(transaction: Prisma.TransactionClient, articleId: string, rating: string, field = "rating"): Promise<void> {
  const scale = await ratingScaleForArticle(articleId, transaction);
  if (!scale.ratings.some((candidate) => candidate.key === rating)) {
    throw new AppError("validation", `"${rating}" is not a rating of this article's scale (${scale.name}).`, {
      fieldErrors: { [field]: [`Choose one of: ${scale.ratings.map((candidate) => candidate.key).join(", ")}.`] },
    });
  }
}

/**
 * A reviewer's own, independent verdict: one per reviewer and claim, revisable (with its version) until
 * the claim is published. A reviewer who gives a verdict is assigned to the claim if not already. When
 * every assigned reviewer has answered, the claim's verdict is proposed to the editors.
 */
export async function submitVerdict(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimDto> {
  assertCanReviewClaims(actor, "give verdicts");
  const data = parseInput(submitVerdictInputSchema, input);
  const database = getDatabase();
  const articleId = await database.$transaction(async (transaction) => {
    const claim = await transaction.claim.findUnique({
      where: { id: claimId },
      select: { articleId: true, status: true, version: true, assignments: { select: { reviewerId: true } }, sources: { select: { id: true } } },
    });
    if (!claim) throw notFound("The claim");
    if (!reviewableStatuses.has(claim.status)) {
      throw new AppError(
        "conflict",
        claim.status === "published"
          ? "The verdict on this claim is published; it can only be corrected by an editor."
          : "Only accepted claims get verdicts: accept the suggestion first (an editor can).",
      );
    }
    await assertRatingInScale(transaction, claim.articleId, data.rating);
    const knownLinks = new Set(claim.sources.map((link) => link.id));
    const unknownLinks = data.sourceLinkIds.filter((id) => !knownLinks.has(id));
    if (unknownLinks.length > 0)
      throw new AppError("validation", "A source relied on is not attached to this claim.", { fieldErrors: { sourceLinkIds: unknownLinks } });

    const existing = await transaction.verdict.findUnique({ where: { claimId_authorId: { claimId, authorId: actor.id } }, include: { sources: true } });
    const sourceLinks = data.sourceLinkIds.map((claimSourceId) => ({ claimSourceId }));
    let verdictId: string;
    if (existing) {
      if (data.version === undefined || data.version !== existing.version) {
        throw new AppError("conflict", "Your verdict changed since you opened it (in another tab?). Its current text is shown; apply your change again.", {
          current: await loadClaim(claimId, actor, transaction),
        });
      }
      const { count } = await transaction.verdict.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { rating: data.rating, explanation: data.explanation, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("conflict", "Your verdict was changed at the same moment. Reload and apply your change again.");
      await transaction.verdictSource.deleteMany({ where: { verdictId: existing.id } });
      if (sourceLinks.length > 0) await transaction.verdictSource.createMany({ data: sourceLinks.map((link) => ({ ...link, verdictId: existing.id })) });
      verdictId = existing.id;
      await recordHistory(transaction, actor, {
        entityType: "verdict",
        entityId: verdictId,
        action: "revise",
        articleId: claim.articleId,
        claimId,
        before: { rating: existing.rating, explanation: existing.explanation, sources: existing.sources.map((link) => link.claimSourceId) },
        after: { rating: data.rating, explanation: data.explanation, sources: data.sourceLinkIds },
      });
    } else {
      const created = await transaction.verdict.create({
        data: { claimId, authorId: actor.id, rating: data.rating, explanation: data.explanation, sources: { create: sourceLinks } },
      });
      verdictId = created.id;
      await recordHistory(transaction, actor, {
        entityType: "verdict",
        entityId: verdictId,
        action: "submit",
        articleId: claim.articleId,
        claimId,
        after: { rating: data.rating, explanation: data.explanation, sources: data.sourceLinkIds },
      });
    }

    const reviewerIds = new Set(claim.assignments.map((assignment) => assignment.reviewerId));
    if (!reviewerIds.has(actor.id)) {
      const assignment = await transaction.claimAssignment.create({ data: { claimId, reviewerId: actor.id, assignedById: actor.id } });
      reviewerIds.add(actor.id);
      await recordHistory(transaction, actor, {
        entityType: "assignment",
        entityId: assignment.id,
        action: "self-assign",
        articleId: claim.articleId,
        claimId,
        after: { reviewer: actor.name },
      });
    }
    const authors = await transaction.verdict.findMany({ where: { claimId }, select: { authorId: true } });
    const answered = new Set(authors.map((author) => author.authorId));
    const nextStatus = [...reviewerIds].every((id) => answered.has(id)) ? "verdict_proposed" : "in_review";
    await moveClaimToStatus(transaction, actor, { id: claimId, articleId: claim.articleId, status: claim.status, version: claim.version }, nextStatus);
    return claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}
