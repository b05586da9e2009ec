import { z } from "zod";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live-events";
import { assertCanReadArticles } from "@/modules/articles/policy";
import { assertCanReviewClaims } from "@/modules/claims/policy";
import { recordHistory } from "@/modules/history/record-history";

export const addCommentInputSchema = z.object({
  body: z.string().trim().min(1, { message: "Write the comment." }).max(5000, { message: "A comment can have at most 5000 characters." }),
});

export const commentSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  body: z.string(),
  author: z.string().nullable(),
  mentions: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.iso.datetime(),
});
export type CommentDto = z.infer<typeof commentSchema>;

// @ followed by an email address or its local part (names have spaces; addresses do not).
const mentionPattern = /(?:^|[^\w@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/gu;

export function mentionedHandles(body: string): string[] {
  return [...new Set([...body.matchAll(mentionPattern)].map((match) => match[1]!.toLowerCase().replace(/\.$/, "")))];
}

const commentInclude = { author: { select: { name: true } }, mentions: { include: { user: { select: { id: true, name: true } } } } } as const;

interface CommentRow {
  id: string;
  claimId: string;
  body: string;
  createdAt: Date;
  author: { name: string } | null;
  mentions: { user: { id: string; name: string } }[];
}

function toCommentDto(row: CommentRow): CommentDto {
  return {
    id: row.id,
    claimId: row.claimId,
    body: row.body,
    author: row.author?.name ?? null,
    mentions: row.mentions.map((mention) => mention.user),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listComments(actor: CurrentUser, claimId: string): Promise<CommentDto[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  if (!(await database.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound("The claim");
  const rows = await database.comment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: commentInclude });
  return rows.map(toCommentDto);
}

/** Reviewers and above discuss a claim; @name (an email or its local part) puts the claim in that person's queue. */
export async function addComment(actor: CurrentUser, claimId: string, input: unknown): Promise<CommentDto> {
  assertCanReviewClaims(actor, "comment on claims");
  const { body } = parseInput(addCommentInputSchema, input);
  const database = getDatabase();
  const handles = mentionedHandles(body);
  const { row, articleId } = await database.$transaction(async (transaction) => {
    const claim = await transaction.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound("The claim");
    const candidates = handles.length > 0 ? await transaction.user.findMany({ where: { isActive: true }, select: { id: true, email: true } }) : [];
    const mentionedIds = candidates.filter((user) => handles.includes(user.email) || handles.includes(user.email.split("@")[0]!)).map((user) => user.id);
    const created = await transaction.comment.create({
      data: { claimId, authorId: actor.id, body, mentions: { create: mentionedIds.map((userId) => ({ userId })) } },
      include: commentInclude,
    });
    await recordHistory(transaction, actor, {
      entityType: "comment",
      entityId: created.id,
      action: "comment",
      articleId: claim.articleId,
      claimId,
      after: { body, mentions: created.mentions.map((mention) => mention.user.name) },
    });
    return { row: created, articleId: claim.articleId };
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return toCommentDto(row);
}
