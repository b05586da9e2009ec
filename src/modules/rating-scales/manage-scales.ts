import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import type { Prisma } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { assertCanManageRatingScales, assertCanReadRatingScales } from "./policy";
import { ratingScaleInclude, toRatingScaleDto } from "./scales";
import {
  createRatingScaleInputSchema,
  ratingScaleDefinitionSchema,
  retireRatingScaleInputSchema,
  setArticleRatingScaleInputSchema,
  updateRatingScaleInputSchema,
} from "./schemas";
import type { ArticleRatingScaleDto, ManagedRatingScaleDto, RatingInput, RatingScaleDto } from "./schemas";

type Client = Prisma.TransactionClient | ReturnType<typeof getDatabase>;
type HistoryAction = "create" | "update" | "retire" | "unretire" | "delete" | "set-article-scale";

const scaleNotFound = () => notFound("The rating scale");

/** Articles whose verdicts are read against this scale: the default also serves articles with none of their own. */
function articlesUsing(scale: { id: string; isDefault: boolean }): Prisma.ArticleWhereInput {
  return scale.isDefault ? { OR: [{ ratingScaleId: scale.id }, { ratingScaleId: null }] } : { ratingScaleId: scale.id };
}

/** Rating keys that verdicts or publications on the matching articles hold, restricted by `keyFilter`. */
async function ratingKeysInUse(client: Client, articleWhere: Prisma.ArticleWhereInput, keyFilter: { in: string[] } | { notIn: string[] }): Promise<string[]> {
  // Sequential on purpose: an interactive transaction runs one query at a time anyway.
  const verdicts = await client.verdict.findMany({
    where: { claim: { article: articleWhere }, rating: keyFilter },
    select: { rating: true },
    distinct: ["rating"],
  });
  const publications = await client.publication.findMany({
    where: { claim: { article: articleWhere }, AND: [{ ratingKey: { not: null } }, { ratingKey: keyFilter }] },
    select: { ratingKey: true },
    distinct: ["ratingKey"],
  });
  const keys = new Set([
    ...verdicts.map((verdict) => verdict.rating),
    ...publications.flatMap((publication) => (publication.ratingKey ? [publication.ratingKey] : [])),
  ]);
  return [...keys].sort();
}

const quoted = (keys: string[]) => keys.map((key) => `"${key}"`).join(", ");

async function findScaleRow(client: Client, scaleId: string) {
  const row = await client.ratingScale.findUnique({ where: { id: scaleId }, include: ratingScaleInclude });
  if (!row) throw scaleNotFound();
  return row;
}

async function loadManagedScale(client: Client, scaleId: string): Promise<ManagedRatingScaleDto> {
  const row = await findScaleRow(client, scaleId);
  return withArticleCount(client, toRatingScaleDto(row));
}

async function withArticleCount(client: Client, scale: RatingScaleDto): Promise<ManagedRatingScaleDto> {
  return { ...scale, articleCount: await client.article.count({ where: articlesUsing(scale) }) };
}

async function staleConflict(client: Client, scaleId: string): Promise<AppError> {
  return new AppError("conflict", "Someone else changed this rating scale since you opened it. Reload to see their change, then apply yours again.", {
    current: await loadManagedScale(client, scaleId),
  });
}

async function recordHistory(
  transaction: Prisma.TransactionClient,
  actor: CurrentUser,
  entry: { entityId: string; action: HistoryAction; before: unknown; after: unknown; articleId?: string },
): Promise<void> {
  await transaction.historyEntry.create({
    data: {
      entityType: "rating-scale",
      entityId: entry.entityId,
      action: entry.action,
      actorId: actor.id,
      actorName: actor.name,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      articleId: entry.articleId ?? null,
    },
  });
}

const ratingRowData = (rating: RatingInput, position: number) => ({
  key: rating.key,
  labelAr: rating.labels.ar,
  labelEn: rating.labels.en,
  colour: rating.colour.toLowerCase(),
  value: rating.value,
  position,
});

/** Every scale, retired ones included (flagged), the default first. */
export async function listRatingScales(actor: CurrentUser): Promise<ManagedRatingScaleDto[]> {
  assertCanReadRatingScales(actor);
  const database = getDatabase();
  const [rows, counts] = await Promise.all([
    database.ratingScale.findMany({ include: ratingScaleInclude, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] }),
    database.article.groupBy({ by: ["ratingScaleId"], _count: { _all: true } }),
  ]);
  const countOf = (ratingScaleId: string | null) => counts.find((count) => count.ratingScaleId === ratingScaleId)?._count._all ?? 0;
  return rows.map((row) => ({ ...toRatingScaleDto(row), articleCount: countOf(row.id) + (row.isDefault ? countOf(null) : 0) }));
}

export async function getRatingScale(actor: CurrentUser, scaleId: string): Promise<ManagedRatingScaleDto> {
  assertCanReadRatingScales(actor);
  return loadManagedScale(getDatabase(), scaleId);
}

export async function createRatingScale(actor: CurrentUser, input: unknown): Promise<ManagedRatingScaleDto> {
  assertCanManageRatingScales(actor);
  const data = parseInput(createRatingScaleInputSchema, input);
  return getDatabase().$transaction(async (transaction) => {
    const row = await transaction.ratingScale.create({
      data: {
        name: data.name,
        bestRating: data.bestRating,
        worstRating: data.worstRating,
        createdById: actor.id,
        ratings: { create: data.ratings.map(ratingRowData) },
      },
      include: ratingScaleInclude,
    });
    const created = toRatingScaleDto(row);
    await recordHistory(transaction, actor, { entityId: row.id, action: "create", before: null, after: created });
    return { ...created, articleCount: 0 };
  });
}

/**
 * Changes a scale. Labels, colours and values may change and ratings may be added even while articles use it;
 * a rating that existing verdicts or publications hold cannot be removed, or those verdicts would lose their meaning.
 */
export async function updateRatingScale(actor: CurrentUser, scaleId: string, input: unknown): Promise<ManagedRatingScaleDto> {
  assertCanManageRatingScales(actor);
  const { version, ...changes } = parseInput(updateRatingScaleInputSchema, input);
  return getDatabase().$transaction(async (transaction) => {
    const existing = await findScaleRow(transaction, scaleId);
    if (existing.version !== version) throw await staleConflict(transaction, scaleId);
    const before = toRatingScaleDto(existing);
    const ratings: RatingInput[] = changes.ratings ?? before.ratings;
    parseInput(ratingScaleDefinitionSchema, {
      bestRating: changes.bestRating ?? before.bestRating,
      worstRating: changes.worstRating ?? before.worstRating,
      ratings,
    });

    const keptKeys = ratings.map((rating) => rating.key);
    const removedKeys = before.ratings.map((rating) => rating.key).filter((key) => !keptKeys.includes(key));
    if (removedKeys.length > 0) {
      const usedKeys = await ratingKeysInUse(transaction, articlesUsing(existing), { in: removedKeys });
      if (usedKeys.length > 0) {
        throw new AppError(
          "conflict",
          `The rating ${quoted(usedKeys)} cannot be removed: existing verdicts on articles using this scale have it. Keep it (you may relabel it), or retire the scale and create a new one.`,
        );
      }
    }

    // The version guard in the WHERE clause refuses a write that raced past the check above.
    const { count } = await transaction.ratingScale.updateMany({
      where: { id: scaleId, version },
      data: {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.bestRating === undefined ? {} : { bestRating: changes.bestRating }),
        ...(changes.worstRating === undefined ? {} : { worstRating: changes.worstRating }),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await staleConflict(transaction, scaleId);
    if (changes.ratings) {
      await transaction.rating.deleteMany({ where: { scaleId, key: { in: removedKeys } } });
      for (const [position, rating] of changes.ratings.entries()) {
        const row = ratingRowData(rating, position);
        await transaction.rating.upsert({ where: { scaleId_key: { scaleId, key: rating.key } }, create: { ...row, scaleId }, update: row });
      }
    }
    const after = toRatingScaleDto(await findScaleRow(transaction, scaleId));
    await recordHistory(transaction, actor, { entityId: scaleId, action: "update", before, after });
    return withArticleCount(transaction, after);
  });
}

/** Retiring keeps a scale (and every verdict read against it) but stops it being chosen for articles. */
export async function retireRatingScale(actor: CurrentUser, scaleId: string, input: unknown): Promise<ManagedRatingScaleDto> {
  assertCanManageRatingScales(actor);
  const { version, retired } = parseInput(retireRatingScaleInputSchema, input);
  return getDatabase().$transaction(async (transaction) => {
    const existing = await findScaleRow(transaction, scaleId);
    if (existing.version !== version) throw await staleConflict(transaction, scaleId);
    if (retired && existing.isDefault) {
      throw new AppError("conflict", "The default scale cannot be retired: articles without a scale of their own use it.");
    }
    if ((existing.retiredAt !== null) === retired) return loadManagedScale(transaction, scaleId);
    const { count } = await transaction.ratingScale.updateMany({
      where: { id: scaleId, version },
      data: { retiredAt: retired ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw await staleConflict(transaction, scaleId);
    const after = toRatingScaleDto(await findScaleRow(transaction, scaleId));
    await recordHistory(transaction, actor, { entityId: scaleId, action: retired ? "retire" : "unretire", before: toRatingScaleDto(existing), after });
    return withArticleCount(transaction, after);
  });
}

/** Only a scale no article uses can go; one in use is retired instead, so its verdicts keep their labels. */
export async function deleteRatingScale(actor: CurrentUser, scaleId: string): Promise<void> {
  assertCanManageRatingScales(actor);
  await getDatabase().$transaction(async (transaction) => {
    const existing = await findScaleRow(transaction, scaleId);
    if (existing.isDefault) throw new AppError("conflict", "The default scale cannot be deleted: articles without a scale of their own use it.");
    const articleCount = await transaction.article.count({ where: articlesUsing(existing) });
    if (articleCount > 0) {
      throw new AppError("conflict", `This scale is in use by ${articleCount} ${articleCount === 1 ? "article" : "articles"}; retire it instead.`);
    }
    await transaction.ratingScale.delete({ where: { id: scaleId } });
    await recordHistory(transaction, actor, { entityId: scaleId, action: "delete", before: toRatingScaleDto(existing), after: null });
  });
}

/** Chooses the scale an article's verdicts use; refused for a retired scale or one lacking ratings its verdicts hold. */
export async function setArticleRatingScale(actor: CurrentUser, articleId: string, input: unknown): Promise<ArticleRatingScaleDto> {
  assertCanManageRatingScales(actor);
  const { ratingScaleId } = parseInput(setArticleRatingScaleInputSchema, input);
  return getDatabase().$transaction(async (transaction) => {
    const article = await transaction.article.findUnique({ where: { id: articleId }, select: { id: true, ratingScaleId: true } });
    if (!article) throw notFound("The article");
    const scale = await findScaleRow(transaction, ratingScaleId);
    const ratingScale: RatingScaleDto = toRatingScaleDto(scale);
    if (article.ratingScaleId === scale.id) return { articleId, ratingScale };
    if (scale.retiredAt !== null) throw new AppError("conflict", `The scale "${scale.name}" is retired; choose a scale in use, or bring it back first.`);
    const missingKeys = await ratingKeysInUse(transaction, { id: articleId }, { notIn: scale.ratings.map((rating) => rating.key) });
    if (missingKeys.length > 0) {
      throw new AppError(
        "conflict",
        `Verdicts on this article use ${quoted(missingKeys)}, which the scale "${scale.name}" does not have; add those ratings to it first.`,
      );
    }
    // The article's version is left alone: the scale is not part of the title/language edit it guards.
    await transaction.article.update({ where: { id: articleId }, data: { ratingScaleId: scale.id } });
    await recordHistory(transaction, actor, {
      entityId: scale.id,
      action: "set-article-scale",
      articleId,
      before: { ratingScaleId: article.ratingScaleId },
      after: { ratingScaleId: scale.id },
    });
    return { articleId, ratingScale };
  });
}
