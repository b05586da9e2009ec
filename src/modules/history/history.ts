import { z } from "zod";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { notFound } from "@/lib/errors";
import { assertCanReadArticles } from "@/modules/articles/policy";

export const historyEntrySchema = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  createdAt: z.iso.datetime(),
});
export type HistoryEntryDto = z.infer<typeof historyEntrySchema>;

interface HistoryRow {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorName: string;
  actorId: string | null;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

const parseJson = (value: string | null): unknown => (value === null ? null : (JSON.parse(value) as unknown));

function toHistoryDto(row: HistoryRow): HistoryEntryDto {
  return {
    id: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    actor: row.actorName || null,
    before: parseJson(row.before),
    after: parseJson(row.after),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A claim's timeline, oldest first. Verdict contents are left out of entries while the viewer would be
 * blind to them (see review/blind-review.ts), so the history cannot leak what the panel hides.
 */
export async function listClaimHistory(actor: CurrentUser, claimId: string, hideVerdictContents: boolean): Promise<HistoryEntryDto[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  const rows = await database.historyEntry.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (rows.length === 0 && !(await database.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound("The claim");
  return rows.map((row) => {
    const entry = toHistoryDto(row);
    if (hideVerdictContents && row.entityType === "verdict" && row.actorId !== actor.id) return { ...entry, before: null, after: null };
    return entry;
  });
}

export async function listArticleHistory(actor: CurrentUser, articleId: string): Promise<HistoryEntryDto[]> {
  assertCanReadArticles(actor);
  const rows = await getDatabase().historyEntry.findMany({ where: { articleId, claimId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toHistoryDto);
}
