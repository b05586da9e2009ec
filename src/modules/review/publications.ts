import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live-events";
import { bumpClaimVersion, loadClaim } from "@/modules/claims/claims";
import { assertCanEditClaims } from "@/modules/claims/policy";
import type { ClaimDto } from "@/modules/claims/schemas";
import { recordHistory } from "@/modules/history/record-history";
import { publicationInputSchema } from "./schemas";
import { assertRatingInScale } from "./verdicts";

/**
 * Publishes, corrects or withdraws a claim's final verdict. Four eyes: the final verdict needs a reviewer's
 * verdict from someone other than the publisher. Every action is appended to the publication log, which
 * the report shows as corrections.
 */
export async function changePublication(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const data = parseInput(publicationInputSchema, input);
  const database = getDatabase();
  const articleId = await database.$transaction(async (transaction) => {
    const claim = await transaction.claim.findUnique({
      where: { id: claimId },
      select: { articleId: true, status: true, version: true, verdicts: { select: { authorId: true, rating: true } } },
    });
    if (!claim) throw notFound("The claim");
    if (claim.version !== data.version) {
      throw new AppError("conflict", "Someone else changed this claim since you opened it. Its current state is shown; decide again.", {
        current: await loadClaim(claimId, actor, transaction),
      });
    }
    const isPublished = claim.status === "published";
    if (data.action === "publish" && isPublished) throw new AppError("conflict", "This verdict is already published; publish a correction instead.");
    if (data.action !== "publish" && !isPublished) throw new AppError("conflict", "Nothing is published on this claim yet.");

    if (data.action === "publish" || data.action === "correct") {
      await assertRatingInScale(transaction, claim.articleId, data.rating);
      const reviewers = new Set(claim.verdicts.map((verdict) => verdict.authorId));
      if (reviewers.size === 0) throw new AppError("conflict", "No reviewer has given a verdict on this claim yet.");
      if ([...reviewers].every((reviewerId) => reviewerId === actor.id)) {
        throw new AppError(
          "forbidden",
          "Four eyes: you are the only person who reviewed this claim, so someone else must publish its verdict (or another reviewer must review it).",
        );
      }
      if (data.action === "publish" && !claim.verdicts.some((verdict) => verdict.rating === data.rating) && data.reason.length === 0) {
        throw new AppError("validation", "The final rating differs from every reviewer's: give the reason.", {
          fieldErrors: { reason: ["Needed when the rating differs from the reviewers'."] },
        });
      }
    }
    const entry = await transaction.publication.create({
      data: {
        claimId,
        action: data.action,
        ratingKey: data.action === "unpublish" ? null : data.rating,
        explanation: data.action === "unpublish" ? "" : data.explanation,
        reason: data.reason,
        publishedById: actor.id,
      },
    });
    const nextStatus = data.action === "unpublish" ? "verdict_proposed" : "published";
    await bumpClaimVersion(transaction, claimId, data.version, { status: nextStatus });
    await recordHistory(transaction, actor, {
      entityType: "publication",
      entityId: entry.id,
      action: data.action,
      articleId: claim.articleId,
      claimId,
      before: { status: claim.status },
      after: { status: nextStatus, ...(data.action === "unpublish" ? {} : { rating: data.rating, explanation: data.explanation }), reason: data.reason },
    });
    return claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}
