import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live-events";
import { assertCanReadArticles } from "@/modules/articles/policy";
import { toClaimSourceDto, toSourceDto } from "@/modules/claims/claim-dto";
import { assertCanReviewClaims } from "@/modules/claims/policy";
import type { ClaimSourceDto, SourceDto } from "@/modules/claims/schemas";
import { recordHistory } from "@/modules/history/record-history";
import { addSourceInputSchema, updateSourceInputSchema } from "./schemas";

const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : undefined);

/**
 * Links a source to a claim with a stance and an excerpt. A new address creates the source record; an
 * address already recorded (or a sourceId) reuses it, so evidence is entered once and cited many times.
 */
export async function addSource(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimSourceDto> {
  assertCanReviewClaims(actor, "attach sources");
  const data = parseInput(addSourceInputSchema, input);
  const database = getDatabase();
  const { link, articleId } = await database.$transaction(async (transaction) => {
    const claim = await transaction.claim.findUnique({ where: { id: claimId }, select: { articleId: true, status: true } });
    if (!claim) throw notFound("The claim");
    if (claim.status === "dismissed") throw new AppError("conflict", "This claim is dismissed; reopen it before attaching sources.");
    let sourceId: string;
    if ("sourceId" in data) {
      const source = await transaction.source.findUnique({ where: { id: data.sourceId }, select: { id: true } });
      if (!source) throw notFound("The source");
      sourceId = source.id;
    } else {
      const existing = await transaction.source.findUnique({ where: { url: data.url }, select: { id: true } });
      if (existing) {
        sourceId = existing.id;
      } else {
        const created = await transaction.source.create({
          data: {
            url: data.url,
            title: data.title,
            publisher: data.publisher,
            author: data.author,
            publishedAt: day(data.publishedAt) ?? null,
            accessedAt: day(data.accessedAt) ?? new Date(),
            type: data.type,
            archiveUrl: data.archiveUrl,
            credibilityNote: data.credibilityNote,
            createdById: actor.id,
          },
        });
        sourceId = created.id;
        await recordHistory(transaction, actor, {
          entityType: "source",
          entityId: sourceId,
          action: "create",
          articleId: claim.articleId,
          claimId,
          after: { url: data.url, title: data.title },
        });
      }
    }
    const duplicate = await transaction.claimSource.findUnique({ where: { claimId_sourceId: { claimId, sourceId } }, select: { id: true } });
    if (duplicate) throw new AppError("conflict", "This source is already attached to the claim.");
    const created = await transaction.claimSource.create({
      data: { claimId, sourceId, stance: data.stance, excerpt: data.excerpt, createdById: actor.id },
      include: { source: true, createdBy: { select: { name: true } } },
    });
    await transaction.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
    await recordHistory(transaction, actor, {
      entityType: "claim-source",
      entityId: created.id,
      action: "attach",
      articleId: claim.articleId,
      claimId,
      after: { url: created.source.url, title: created.source.title, stance: created.stance, excerpt: created.excerpt },
    });
    return { link: created, articleId: claim.articleId };
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return toClaimSourceDto(link);
}

export async function detachSource(actor: CurrentUser, claimId: string, linkId: string): Promise<void> {
  assertCanReviewClaims(actor, "remove sources");
  const articleId = await getDatabase().$transaction(async (transaction) => {
    const link = await transaction.claimSource.findUnique({
      where: { id: linkId },
      include: { source: true, claim: { select: { articleId: true, status: true } } },
    });
    if (!link || link.claimId !== claimId) throw notFound("The source link");
    if (link.claim.status === "published") throw new AppError("conflict", "The verdict on this claim is published; its sources stay as published.");
    await transaction.claimSource.delete({ where: { id: linkId } });
    await transaction.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
    await recordHistory(transaction, actor, {
      entityType: "claim-source",
      entityId: linkId,
      action: "detach",
      articleId: link.claim.articleId,
      claimId,
      before: { url: link.source.url, stance: link.stance, excerpt: link.excerpt },
    });
    return link.claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
}

export async function updateSource(actor: CurrentUser, sourceId: string, input: unknown): Promise<SourceDto> {
  assertCanReviewClaims(actor, "edit sources");
  const { version, publishedAt, accessedAt, ...fields } = parseInput(updateSourceInputSchema, input);
  const database = getDatabase();
  const row = await database.$transaction(async (transaction) => {
    const current = await transaction.source.findUnique({ where: { id: sourceId } });
    if (!current) throw notFound("The source");
    if (current.version !== version) throw new AppError("conflict", "Someone else edited this source since you opened it.", { current: toSourceDto(current) });
    if (fields.url && fields.url !== current.url && (await transaction.source.findUnique({ where: { url: fields.url }, select: { id: true } }))) {
      throw new AppError("conflict", "Another source already has this address.");
    }
    const changes = { ...fields, ...(publishedAt ? { publishedAt: day(publishedAt) } : {}), ...(accessedAt ? { accessedAt: day(accessedAt) } : {}) };
    const { count } = await transaction.source.updateMany({ where: { id: sourceId, version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) throw new AppError("conflict", "Someone else edited this source at the same moment.");
    const updated = await transaction.source.findUniqueOrThrow({ where: { id: sourceId } });
    await recordHistory(transaction, actor, {
      entityType: "source",
      entityId: sourceId,
      action: "update",
      before: toSourceDto(current),
      after: toSourceDto(updated),
    });
    return updated;
  });
  return toSourceDto(row);
}

/** Sources already recorded, for reuse: matched on title, publisher or address. */
export async function searchSources(actor: CurrentUser, query: string): Promise<SourceDto[]> {
  assertCanReadArticles(actor);
  const term = query.trim();
  const rows = await getDatabase().source.findMany({
    where: term ? { OR: [{ title: { contains: term } }, { publisher: { contains: term } }, { url: { contains: term } }] } : {},
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map(toSourceDto);
}
