import type { CurrentUser } from "@/auth/current-user";
import { checkConsistency } from "@/detection";
import type { ConsistencyCheck } from "@/detection";
import { normalizeString } from "@/anchoring";
import { getDatabase } from "@/db/client";
import { publishLiveEvent } from "@/lib/live-events";
import { recordHistory } from "@/modules/history/record-history";
import { ratingScaleForArticle } from "@/modules/rating-scales/scales";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { directionOf, guessLanguage } from "@/lib/language";
import { claimInclude, toClaimDto } from "@/modules/claims/claim-dto";
import type { ClaimDto } from "@/modules/claims/schemas";
import { suggestClaims } from "@/modules/claims/suggest-claims";
import { assertCanEditArticles, assertCanReadArticles } from "./policy";
import { articleFiltersSchema, articleLanguageSchema, createArticleInputSchema, updateArticleInputSchema } from "./schemas";
import type { ArticleDto, ArticleSummary } from "./schemas";

interface ArticleRow {
  id: string;
  title: string;
  language: string;
  version: number;
  revisionNumber: number;
  createdAt: Date;
  updatedAt: Date;
}

function articleHeader(row: ArticleRow) {
  const language = articleLanguageSchema.parse(row.language);
  return {
    id: row.id,
    title: row.title,
    language,
    direction: directionOf(language),
    version: row.version,
    revisionNumber: row.revisionNumber,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The detector's figures still in play (not dismissed, not orphaned), checked against each other. */
function consistencyOf(claims: ClaimDto[]): ConsistencyCheck[] {
  return checkConsistency(
    claims.flatMap((claim) =>
      claim.detection && claim.status !== "dismissed" && claim.anchoring.status !== "orphan" ? [{ id: claim.id, ...claim.detection }] : [],
    ),
  );
}

/** Search folds tashkeel, hamza forms, digits and case, so "الرسالة" finds "الرِّسالة". */
function searchKey(text: string): string {
  return normalizeString(text).toLowerCase();
}

export async function listArticles(actor: CurrentUser, filters: unknown = {}): Promise<ArticleSummary[]> {
  assertCanReadArticles(actor);
  const query = parseInput(articleFiltersSchema, filters);
  const database = getDatabase();
  const rows = await database.article.findMany({
    where: query.language ? { language: query.language } : {},
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      language: true,
      version: true,
      revisionNumber: true,
      createdAt: true,
      updatedAt: true,
      claims: {
        select: {
          status: true,
          quoteExact: true,
          claimReviewed: true,
          assignments: { select: { reviewerId: true } },
          publications: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { action: true, ratingKey: true } },
        },
      },
    },
  });
  const needle = query.q ? searchKey(query.q) : null;
  return rows
    .filter((row) => {
      const claims = row.claims.filter((claim) => !query.status || claim.status === query.status);
      if (query.status && claims.length === 0) return false;
      if (query.reviewer && !claims.some((claim) => claim.assignments.some((assignment) => assignment.reviewerId === query.reviewer))) return false;
      if (query.verdict && !claims.some((claim) => claim.status === "published" && claim.publications[0]?.ratingKey === query.verdict)) return false;
      if (needle && !searchKey(row.title).includes(needle) && !claims.some((claim) => searchKey(`${claim.quoteExact} ${claim.claimReviewed}`).includes(needle)))
        return false;
      return true;
    })
    .map((row) => {
      const countOf = (...statuses: string[]) => row.claims.filter((claim) => statuses.includes(claim.status)).length;
      return {
        ...articleHeader(row),
        claimCount: countOf("open", "in_review", "verdict_proposed", "published"),
        inReviewCount: countOf("in_review", "verdict_proposed"),
        publishedCount: countOf("published"),
        suggestionCount: countOf("suggested"),
      };
    });
}

export async function getArticle(actor: CurrentUser, articleId: string): Promise<ArticleDto> {
  assertCanReadArticles(actor);
  return loadArticle(articleId, actor);
}

/** The article as `viewer` sees it (null: the system's own view). */
export async function loadArticle(articleId: string, viewer: CurrentUser | null): Promise<ArticleDto> {
  const row = await getDatabase().article.findUnique({
    where: { id: articleId },
    include: { claims: { orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }], include: claimInclude } },
  });
  if (!row) throw notFound("The article");
  const scale = await ratingScaleForArticle(articleId);
  const claims = row.claims.map((claim) => toClaimDto(claim, scale, viewer));
  return { ...articleHeader(row), text: row.text, claims, ratingScale: scale, consistency: consistencyOf(claims) };
}

/**
 * Creates an article and its detector suggestions in one transaction: never an article without its scan.
 * `actor` is null only for the seed loaded at first start.
 */
export async function createArticle(actor: CurrentUser | null, input: unknown): Promise<ArticleDto> {
  if (actor) assertCanEditArticles(actor);
  const data = parseInput(createArticleInputSchema, input);
  const language = data.language ?? guessLanguage(data.text);
  const suggestions = suggestClaims(data.text);
  const database = getDatabase();
  const articleId = await database.$transaction(async (transaction) => {
    const article = await transaction.article.create({
      data: {
        title: data.title,
        text: data.text,
        language,
        createdById: actor?.id ?? null,
        revisions: { create: { number: 1, title: data.title, text: data.text, createdById: actor?.id ?? null } },
      },
    });
    if (suggestions.length > 0) {
      await transaction.claim.createMany({ data: suggestions.map((suggestion) => ({ ...suggestion, articleId: article.id })) });
    }
    await recordHistory(transaction, actor, {
      entityType: "article",
      entityId: article.id,
      action: "create",
      articleId: article.id,
      after: { title: data.title, language, suggestions: suggestions.length },
    });
    return article.id;
  });
  return loadArticle(articleId, actor);
}

export async function updateArticle(actor: CurrentUser, articleId: string, input: unknown): Promise<ArticleDto> {
  assertCanEditArticles(actor);
  const { version, ...changes } = parseInput(updateArticleInputSchema, input);
  const database = getDatabase();
  await database.$transaction(async (transaction) => {
    const current = await transaction.article.findUnique({ where: { id: articleId }, select: { title: true, language: true } });
    if (!current) throw notFound("The article");
    const { count } = await transaction.article.updateMany({ where: { id: articleId, version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) {
      throw new AppError("conflict", "Someone else changed this article since you opened it. Reload to see their change, then apply yours again.", {
        current: await loadArticle(articleId, actor),
      });
    }
    await recordHistory(transaction, actor, { entityType: "article", entityId: articleId, action: "update", articleId, before: current, after: changes });
  });
  publishLiveEvent({ type: "article", articleId, actorId: actor.id });
  return loadArticle(articleId, actor);
}

export async function deleteArticle(actor: CurrentUser, articleId: string): Promise<void> {
  assertCanEditArticles(actor);
  await getDatabase().$transaction(async (transaction) => {
    const article = await transaction.article.findUnique({
      where: { id: articleId },
      select: { title: true, language: true, _count: { select: { claims: true } } },
    });
    if (!article) throw notFound("The article");
    await transaction.article.delete({ where: { id: articleId } });
    // The history outlives the article: it has no foreign key to it.
    await recordHistory(transaction, actor, {
      entityType: "article",
      entityId: articleId,
      action: "delete",
      articleId,
      before: { title: article.title, language: article.language, claims: article._count.claims },
    });
  });
}

/** For routes that only need to know the article exists and may be read (live events, presence). */
export async function assertArticleReadable(actor: CurrentUser, articleId: string): Promise<void> {
  assertCanReadArticles(actor);
  if (!(await getDatabase().article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw notFound("The article");
}

export async function countArticles(): Promise<number> {
  return getDatabase().article.count();
}
