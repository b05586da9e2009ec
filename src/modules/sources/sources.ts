import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { toSourceDto } from "@/modules/claims/claim-dto";
import { assertCanReviewClaims } from "@/modules/claims/policy";
import type { SourceDto } from "@/modules/claims/schemas";
import { addSourceInputSchema } from "./schemas";

export async function addSource(actor: CurrentUser, claimId: string, input: unknown): Promise<SourceDto> {
  assertCanReviewClaims(actor, "attach sources");
  const data = parseInput(addSourceInputSchema, input);
  const database = getDatabase();
  const claim = await database.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw notFound("The claim");
  const accessedAt = data.accessedAt ? new Date(`${data.accessedAt}T00:00:00Z`) : new Date();
  const row = await database.source.create({
    data: { claimId, url: data.url, title: data.title, publisher: data.publisher, excerpt: data.excerpt, accessedAt, createdById: actor.id },
    include: { createdBy: { select: { name: true } } },
  });
  return toSourceDto(row);
}

export async function deleteSource(actor: CurrentUser, sourceId: string): Promise<void> {
  assertCanReviewClaims(actor, "remove sources");
  const { count } = await getDatabase().source.deleteMany({ where: { id: sourceId } });
  if (count === 0) throw notFound("The source");
}
