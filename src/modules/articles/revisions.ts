import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { notFound } from "@/lib/errors";
import { assertCanReadArticles } from "./policy";
import type { RevisionSummary } from "./schemas";

export async function listRevisions(actor: CurrentUser, articleId: string): Promise<RevisionSummary[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  const article = await database.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const rows = await database.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { number: true, title: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    number: row.number,
    title: row.title,
    note: row.note,
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function getRevision(actor: CurrentUser, articleId: string, number: number): Promise<RevisionSummary & { text: string }> {
  assertCanReadArticles(actor);
  const row = await getDatabase().articleRevision.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { number: true, title: true, note: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (!row) throw notFound("The revision");
  return {
    number: row.number,
    title: row.title,
    note: row.note,
    text: row.text,
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
