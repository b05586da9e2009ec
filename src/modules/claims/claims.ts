import { describe } from "@/anchoring";
import type { CurrentUser } from "@/auth/current-user";
import { hasRoleAtLeast } from "@/auth/roles";
import { getDatabase } from "@/db/client";
import type { Prisma } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live-events";
import { assertCanReadArticles } from "@/modules/articles/policy";
import { recordHistory } from "@/modules/history/record-history";
import { ratingScaleForArticle } from "@/modules/rating-scales/scales";
import { claimInclude, toClaimDto } from "./claim-dto";
import { assertCanEditClaims } from "./policy";
import { assignReviewersInputSchema, createClaimInputSchema, updateClaimInputSchema } from "./schemas";
import type { ClaimDto, ClaimStatus } from "./schemas";

type Transaction = Prisma.TransactionClient;

/** The claim as `viewer` may see it (null: the system's own view, everything). */
export async function loadClaim(
  claimId: string,
  viewer: CurrentUser | null,
  client: Transaction | ReturnType<typeof getDatabase> = getDatabase(),
): Promise<ClaimDto> {
  const row = await client.claim.findUnique({ where: { id: claimId }, include: claimInclude });
  if (!row) throw notFound("The claim");
  return toClaimDto(row, await ratingScaleForArticle(row.articleId, client), viewer);
}

export async function getClaim(actor: CurrentUser, claimId: string): Promise<ClaimDto> {
  assertCanReadArticles(actor);
  return loadClaim(claimId, actor);
}

export async function listClaims(actor: CurrentUser, articleId: string): Promise<ClaimDto[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  const article = await database.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const [rows, scale] = await Promise.all([
    database.claim.findMany({ where: { articleId }, orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }], include: claimInclude }),
    ratingScaleForArticle(articleId),
  ]);
  return rows.map((row) => toClaimDto(row, scale, actor));
}

function assertClaimRange(text: string, start: number, end: number): void {
  if (end > text.length) {
    throw new AppError("validation", "The range lies outside the article's text.", { fieldErrors: { end: [`Must be at most ${text.length}.`] } });
  }
  if (text.slice(start, end).trim().length === 0) {
    throw new AppError("validation", "A claim needs some text, not only spaces.", { fieldErrors: { end: ["The range holds only white space."] } });
  }
}

/** The one place where `exact` occurs with the given prefix and suffix around it; anything else is a 400. */
function findQuote(text: string, exact: string, prefix: string, suffix: string): number {
  const matches: number[] = [];
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) {
    if (text.slice(0, index).endsWith(prefix) && text.slice(index + exact.length).startsWith(suffix)) matches.push(index);
  }
  if (matches.length === 0) {
    throw new AppError("validation", "That quote does not occur in the article's text.", { fieldErrors: { exact: ["Not found in the article."] } });
  }
  if (matches.length > 1) {
    throw new AppError("validation", `That quote occurs ${matches.length} times; add a prefix or suffix to say which one.`, {
      fieldErrors: { exact: [`Occurs ${matches.length} times.`] },
    });
  }
  return matches[0]!;
}

/** Creates a claim from a range of the article's text, or from a quote found in it. */
export async function createClaim(actor: CurrentUser, articleId: string, input: unknown): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const data = parseInput(createClaimInputSchema, input);
  const database = getDatabase();
  const article = await database.article.findUnique({ where: { id: articleId }, select: { text: true, revisionNumber: true } });
  if (!article) throw notFound("The article");

  let start: number;
  let end: number;
  if ("start" in data) {
    ({ start, end } = data);
  } else {
    start = findQuote(article.text, data.exact, data.prefix ?? "", data.suffix ?? "");
    end = start + data.exact.length;
  }
  assertClaimRange(article.text, start, end);

  const { quote } = describe(article.text, start, end);
  const claimId = await database.$transaction(async (transaction) => {
    const row = await transaction.claim.create({
      data: {
        articleId,
        status: "open",
        origin: "person",
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        positionStart: start,
        positionEnd: end,
        anchoredRevision: article.revisionNumber,
        createdById: actor.id,
      },
    });
    await recordHistory(transaction, actor, {
      entityType: "claim",
      entityId: row.id,
      action: "create",
      articleId,
      claimId: row.id,
      after: { quote: quote.exact, start, end },
    });
    return row.id;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}

const editableStatuses: Record<"open" | "dismissed", readonly ClaimStatus[]> = {
  open: ["suggested", "dismissed", "open"],
  dismissed: ["suggested", "open", "in_review", "verdict_proposed", "dismissed"],
};

/** Refuses a write made against an older version, with the claim as it is now. */
async function assertFreshClaim(transaction: Transaction, claimId: string, version: number, viewer: CurrentUser): Promise<void> {
  const current = await transaction.claim.findUnique({ where: { id: claimId }, select: { version: true } });
  if (!current) throw notFound("The claim");
  if (current.version !== version) {
    throw new AppError(
      "conflict",
      "Someone else changed this claim since you opened it. Its current state is shown; apply your change again if it still holds.",
      {
        current: await loadClaim(claimId, viewer, transaction),
      },
    );
  }
}

/** Bumps the claim's version only if it is still `version`: the guard that makes concurrent writes safe. */
export async function bumpClaimVersion(
  transaction: Transaction,
  claimId: string,
  version: number,
  data: Prisma.ClaimUpdateManyMutationInput = {},
): Promise<void> {
  const { count } = await transaction.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("conflict", "Someone else changed this claim at the same moment. Reload and apply your change again.");
}

/** Sets the claim's status as part of a larger change (guarded by its version) and records any move. */
export async function moveClaimToStatus(
  transaction: Transaction,
  actor: CurrentUser,
  claim: { id: string; articleId: string; status: string; version: number },
  nextStatus: ClaimStatus | string,
): Promise<void> {
  await bumpClaimVersion(transaction, claim.id, claim.version, { status: nextStatus });
  if (nextStatus === claim.status) return;
  await recordHistory(transaction, actor, {
    entityType: "claim",
    entityId: claim.id,
    action: "status",
    articleId: claim.articleId,
    claimId: claim.id,
    before: { status: claim.status },
    after: { status: nextStatus },
  });
}

/**
 * Accepts, dismisses or reopens a claim, re-attaches it to a new range (an orphan after a revision),
 * clears its "changed" mark or restates it; refused with 409 when someone changed it since `version`.
 */
export async function updateClaim(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const { version, status, range, acknowledgeChange, claimReviewed } = parseInput(updateClaimInputSchema, input);
  const database = getDatabase();
  const articleId = await database.$transaction(async (transaction) => {
    await assertFreshClaim(transaction, claimId, version, actor);
    const claim = await transaction.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: {
        articleId: true,
        status: true,
        quoteExact: true,
        positionStart: true,
        positionEnd: true,
        claimReviewed: true,
        anchorStatus: true,
        article: { select: { text: true, revisionNumber: true } },
      },
    });
    const changes: Prisma.ClaimUpdateManyMutationInput = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (status && status !== claim.status) {
      if (!editableStatuses[status].includes(claim.status as ClaimStatus)) {
        throw new AppError(
          "conflict",
          claim.status === "published"
            ? "A published claim cannot be changed: unpublish its verdict first."
            : `A claim that is ${claim.status.replace("_", " ")} cannot be set to ${status}.`,
        );
      }
      changes.status = status;
      Object.assign(before, { status: claim.status });
      Object.assign(after, { status });
    }
    if (range) {
      const { text, revisionNumber } = claim.article;
      assertClaimRange(text, range.start, range.end);
      const { quote } = describe(text, range.start, range.end);
      Object.assign(changes, {
        positionStart: range.start,
        positionEnd: range.end,
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        anchorStatus: "anchored",
        anchorMethod: null,
        anchorScore: null,
        anchoredRevision: revisionNumber,
      });
      Object.assign(before, { quote: claim.quoteExact, start: claim.positionStart, end: claim.positionEnd, anchorStatus: claim.anchorStatus });
      Object.assign(after, { quote: quote.exact, start: range.start, end: range.end, anchorStatus: "anchored" });
    }
    if (acknowledgeChange && !range && claim.anchorStatus === "changed") {
      Object.assign(changes, { anchorStatus: "anchored", previousExact: null });
      Object.assign(before, { anchorStatus: "changed" });
      Object.assign(after, { anchorStatus: "anchored" });
    }
    if (claimReviewed !== undefined && claimReviewed !== claim.claimReviewed) {
      changes.claimReviewed = claimReviewed;
      Object.assign(before, { claimReviewed: claim.claimReviewed });
      Object.assign(after, { claimReviewed });
    }
    await bumpClaimVersion(transaction, claimId, version, changes);
    await recordHistory(transaction, actor, { entityType: "claim", entityId: claimId, action: "update", articleId: claim.articleId, claimId, before, after });
    return claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}

export async function deleteClaim(actor: CurrentUser, claimId: string): Promise<void> {
  assertCanEditClaims(actor);
  const articleId = await getDatabase().$transaction(async (transaction) => {
    const claim = await transaction.claim.findUnique({
      where: { id: claimId },
      select: { articleId: true, status: true, quoteExact: true, positionStart: true, positionEnd: true },
    });
    if (!claim) throw notFound("The claim");
    if (claim.status === "published") throw new AppError("conflict", "A published claim cannot be deleted: unpublish its verdict first.");
    await transaction.claim.delete({ where: { id: claimId } });
    await recordHistory(transaction, actor, { entityType: "claim", entityId: claimId, action: "delete", articleId: claim.articleId, claimId, before: claim });
    return claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
}

/** Editors assign reviewers (anyone reviewer or above); the claim goes into review. */
export async function assignReviewers(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const { version, reviewerIds } = parseInput(assignReviewersInputSchema, input);
  const database = getDatabase();
  const articleId = await database.$transaction(async (transaction) => {
    await assertFreshClaim(transaction, claimId, version, actor);
    const claim = await transaction.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { articleId: true, status: true, assignments: { select: { reviewerId: true } } },
    });
    if (claim.status === "suggested" || claim.status === "dismissed" || claim.status === "published") {
      throw new AppError(
        "conflict",
        claim.status === "published" ? "This claim's verdict is published; unpublish it to review again." : "Accept the claim before assigning reviewers.",
      );
    }
    const reviewers = await transaction.user.findMany({ where: { id: { in: reviewerIds }, isActive: true }, select: { id: true, name: true, role: true } });
    const unknown = reviewerIds.filter((id) => !reviewers.some((reviewer) => reviewer.id === id));
    if (unknown.length > 0)
      throw new AppError("validation", "Some of the people chosen do not exist or are deactivated.", {
        fieldErrors: { reviewerIds: unknown.map((id) => `Unknown user ${id}.`) },
      });
    const readersOnly = reviewers.filter((reviewer) => !hasRoleAtLeast(reviewer.role as "viewer", "reviewer"));
    if (readersOnly.length > 0) {
      throw new AppError("validation", `${readersOnly.map((reviewer) => reviewer.name).join(", ")} can only read: give them the reviewer role first.`, {
        fieldErrors: { reviewerIds: ["Viewers cannot review."] },
      });
    }
    const already = new Set(claim.assignments.map((assignment) => assignment.reviewerId));
    const added = reviewers.filter((reviewer) => !already.has(reviewer.id));
    for (const reviewer of added) {
      const assignment = await transaction.claimAssignment.create({ data: { claimId, reviewerId: reviewer.id, assignedById: actor.id } });
      await recordHistory(transaction, actor, {
        entityType: "assignment",
        entityId: assignment.id,
        action: "assign",
        articleId: claim.articleId,
        claimId,
        after: { reviewer: reviewer.name },
      });
    }
    // A new reviewer who has not answered yet puts a proposed verdict back into review.
    const nextStatus = added.length > 0 ? "in_review" : claim.status === "open" ? "in_review" : claim.status;
    await moveClaimToStatus(transaction, actor, { id: claimId, articleId: claim.articleId, status: claim.status, version }, nextStatus);
    return claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}

export async function unassignReviewer(actor: CurrentUser, claimId: string, reviewerId: string): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const articleId = await getDatabase().$transaction(async (transaction) => {
    const assignment = await transaction.claimAssignment.findUnique({
      where: { claimId_reviewerId: { claimId, reviewerId } },
      include: { reviewer: { select: { name: true } }, claim: { select: { articleId: true, status: true } } },
    });
    if (!assignment) throw notFound("That reviewer's assignment");
    if (assignment.claim.status === "published") throw new AppError("conflict", "This claim's verdict is published; unpublish it first.");
    await transaction.claimAssignment.delete({ where: { id: assignment.id } });
    await transaction.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
    await recordHistory(transaction, actor, {
      entityType: "assignment",
      entityId: assignment.id,
      action: "unassign",
      articleId: assignment.claim.articleId,
      claimId,
      before: { reviewer: assignment.reviewer.name },
    });
    return assignment.claim.articleId;
  });
  publishLiveEvent({ type: "claim", articleId, claimId, actorId: actor.id });
  return loadClaim(claimId, actor);
}
