import type { CurrentUser } from "@/auth/current-user";
import { checkConsistency } from "@/detection";
import type { ConsistencyCheck } from "@/detection";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { directionOf, guessLanguage } from "@/lib/language";
import { claimInclude, toClaimDto } from "@/modules/claims/claim-dto";
import type { ClaimDto } from "@/modules/claims/schemas";
import { suggestClaims } from "@/modules/claims/suggest-claims";
import { assertCanEditArticles, assertCanReadArticles } from "./policy";
import { articleLanguageSchema, createArticleInputSchema, updateArticleInputSchema } from "./schemas";
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

export async function listArticles(actor: CurrentUser): Promise<ArticleSummary[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  const [rows, counts] = await Promise.all([
    database.article.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, title: true, language: true, version: true, revisionNumber: true, createdAt: true, updatedAt: true } }),
    database.claim.groupBy({ by: ["articleId", "status"], _count: { _all: true } }),
  ]);
  return rows.map((row) => {
    const countOf = (status: string) => counts.find((count) => count.articleId === row.id && count.status === status)?._count._all ?? 0;
    return { ...articleHeader(row), claimCount: countOf("open"), suggestionCount: countOf("suggested") };
  });
}

export async function getArticle(actor: CurrentUser, articleId: string): Promise<ArticleDto> {
  assertCanReadArticles(actor);
  return loadArticle(articleId);
}

export async function loadArticle(articleId: string): Promise<ArticleDto> {
  const row = await getDatabase().article.findUnique({
    where: { id: articleId },
    include: { claims: { orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }], include: claimInclude } },
  });
  if (!row) throw notFound("The article");
  const claims = row.claims.map(toClaimDto);
  return { ...articleHeader(row), text: row.text, claims, consistency: consistencyOf(claims) };
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
    return article.id;
  });
  return loadArticle(articleId);
}

export async function updateArticle(actor: CurrentUser, articleId: string, input: unknown): Promise<ArticleDto> {
  assertCanEditArticles(actor);
  const { version, ...changes } = parseInput(updateArticleInputSchema, input);
  const database = getDatabase();
  const { count } = await database.article.updateMany({ where: { id: articleId, version }, data: { ...changes, version: { increment: 1 } } });
  if (count === 0) {
    const current = await database.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!current) throw notFound("The article");
    throw new AppError("conflict", "Someone else changed this article since you opened it. Reload to see their change, then apply yours again.", {
      current: await loadArticle(articleId),
    });
  }
  return loadArticle(articleId);
}

export async function deleteArticle(actor: CurrentUser, articleId: string): Promise<void> {
  assertCanEditArticles(actor);
  const { count } = await getDatabase().article.deleteMany({ where: { id: articleId } });
  if (count === 0) throw notFound("The article");
}

export async function countArticles(): Promise<number> {
  return getDatabase().article.count();
}
