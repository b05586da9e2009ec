import type { CurrentUser } from "@/auth/current-user";

/**
 * Reviewers give independent verdicts: until a reviewer has submitted their own, the others' stay hidden
 * from them. That holds for anyone assigned to the claim and for everyone whose role is reviewer; once
 * the claim is published, everything is public.
 */
export function isBlindTo(
  viewer: CurrentUser,
  claim: { status: string; reviewerIds: readonly string[]; verdictAuthorIds: readonly (string | null)[] },
): boolean {
  if (claim.status === "published") return false;
  const isReviewing = claim.reviewerIds.includes(viewer.id) || viewer.role === "reviewer";
  return isReviewing && !claim.verdictAuthorIds.includes(viewer.id);
}
