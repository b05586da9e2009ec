import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { toVerdictDto } from "@/modules/claims/claim-dto";
import { assertCanReviewClaims } from "@/modules/claims/policy";
import type { VerdictDto } from "@/modules/claims/schemas";
import { addVerdictInputSchema } from "./schemas";

export async function addVerdict(actor: CurrentUser, claimId: string, input: unknown): Promise<VerdictDto> {
  assertCanReviewClaims(actor, "give verdicts");
  const data = parseInput(addVerdictInputSchema, input);
  const database = getDatabase();
  const claim = await database.claim.findUnique({ where: { id: claimId }, select: { status: true } });
  if (!claim) throw notFound("The claim");
  if (claim.status !== "open") {
    throw new AppError("conflict", "Only accepted claims get verdicts: accept the suggestion first (an editor can).");
  }
  const row = await database.verdict.create({
    data: { claimId, rating: data.rating, explanation: data.explanation, authorId: actor.id },
    include: { author: { select: { name: true } } },
  });
  return toVerdictDto(row);
}
