import { z } from "zod";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { directionOf } from "@/lib/language";

export const queueItemSchema = z.object({
  claimId: z.string(),
  articleId: z.string(),
  articleTitle: z.string(),
  articleLanguage: z.string(),
  direction: z.enum(["rtl", "ltr"]),
  quote: z.string(),
  status: z.string(),
  reasons: z.array(z.enum(["assigned", "mentioned"])),
  hasSubmitted: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** "My claims": claims assigned to me and not finished, and claims where someone mentioned me. */
export async function listMyQueue(actor: CurrentUser): Promise<QueueItem[]> {
  const database = getDatabase();
  const claimSelect = {
    id: true,
    articleId: true,
    quoteExact: true,
    status: true,
    updatedAt: true,
    article: { select: { title: true, language: true } },
    verdicts: { where: { authorId: actor.id }, select: { id: true } },
  } as const;
  const [assigned, mentioned] = await Promise.all([
    database.claimAssignment.findMany({
      where: { reviewerId: actor.id, claim: { status: { notIn: ["published", "dismissed"] } } },
      select: { claim: { select: claimSelect } },
    }),
    database.commentMention.findMany({
      where: { userId: actor.id, comment: { claim: { status: { not: "dismissed" } } } },
      select: { comment: { select: { claim: { select: claimSelect } } } },
    }),
  ]);
  const items = new Map<string, QueueItem>();
  const add = (claim: (typeof assigned)[number]["claim"], reason: "assigned" | "mentioned") => {
    const existing = items.get(claim.id);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      return;
    }
    items.set(claim.id, {
      claimId: claim.id,
      articleId: claim.articleId,
      articleTitle: claim.article.title,
      articleLanguage: claim.article.language,
      direction: directionOf(claim.article.language),
      quote: claim.quoteExact,
      status: claim.status,
      reasons: [reason],
      hasSubmitted: claim.verdicts.length > 0,
      updatedAt: claim.updatedAt.toISOString(),
    });
  };
  for (const { claim } of assigned) add(claim, "assigned");
  for (const { comment } of mentioned) add(comment.claim, "mentioned");
  // Work still to do first: claims I have not answered, then the most recently changed.
  return [...items.values()].sort((left, right) => Number(left.hasSubmitted) - Number(right.hasSubmitted) || right.updatedAt.localeCompare(left.updatedAt));
}
