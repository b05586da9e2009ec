import type { CurrentUser } from "@/auth/current-user";
import type { Prisma } from "@/db/client";

export type HistoryEntityType = "article" | "claim" | "verdict" | "source" | "claim-source" | "assignment" | "publication" | "comment" | "rating-scale";

export interface HistoryChange {
  entityType: HistoryEntityType;
  entityId: string;
  action: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the history, inside the caller's transaction, so a change and its record commit
 * or fail together. There is deliberately no function to change or remove entries.
 */
export async function recordHistory(transaction: Prisma.TransactionClient, actor: CurrentUser | null, change: HistoryChange): Promise<void> {
  await transaction.historyEntry.create({
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      articleId: change.articleId ?? null,
      claimId: change.claimId ?? null,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "",
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
    },
  });
}
