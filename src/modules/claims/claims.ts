import { describe } from "@/anchoring";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { assertCanReadArticles } from "@/modules/articles/policy";
import { claimInclude, toClaimDto } from "./claim-dto";
import { assertCanEditClaims } from "./policy";
import { createClaimInputSchema, updateClaimInputSchema } from "./schemas";
import type { ClaimDto } from "./schemas";

export async function loadClaim(claimId: string): Promise<ClaimDto> {
  const row = await getDatabase().claim.findUnique({ where: { id: claimId }, include: claimInclude });
  if (!row) throw notFound("The claim");
  return toClaimDto(row);
}

export async function getClaim(actor: CurrentUser, claimId: string): Promise<ClaimDto> {
  assertCanReadArticles(actor);
  return loadClaim(claimId);
}

export async function listClaims(actor: CurrentUser, articleId: string): Promise<ClaimDto[]> {
  assertCanReadArticles(actor);
  const database = getDatabase();
  const article = await database.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const rows = await database.claim.findMany({ where: { articleId }, orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }], include: claimInclude });
  return rows.map(toClaimDto);
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
  const row = await database.claim.create({
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
    include: claimInclude,
  });
  return toClaimDto(row);
}

/**
 * Accepts or dismisses a claim, re-attaches it to a new range (an orphan after a revision) or clears its
 * "changed" mark; refused with 409 when someone changed it since `version`.
 */
export async function updateClaim(actor: CurrentUser, claimId: string, input: unknown): Promise<ClaimDto> {
  assertCanEditClaims(actor);
  const { version, status, range, acknowledgeChange } = parseInput(updateClaimInputSchema, input);
  const database = getDatabase();
  const changes: Record<string, unknown> = status ? { status } : {};
  if (range) {
    const claim = await database.claim.findUnique({ where: { id: claimId }, select: { article: { select: { text: true, revisionNumber: true } } } });
    if (!claim) throw notFound("The claim");
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
  }
  if (acknowledgeChange && !range) Object.assign(changes, { anchorStatus: "anchored", previousExact: null });
  const { count } = await database.claim.updateMany({ where: { id: claimId, version }, data: { ...changes, version: { increment: 1 } } });
  if (count === 0) {
    const current = await loadClaim(claimId);
    throw new AppError("conflict", "Someone else changed this claim since you opened it. Its current state is shown; apply your change again if it still holds.", { current });
  }
  return loadClaim(claimId);
}

export async function deleteClaim(actor: CurrentUser, claimId: string): Promise<void> {
  assertCanEditClaims(actor);
  const { count } = await getDatabase().claim.deleteMany({ where: { id: claimId } });
  if (count === 0) throw notFound("The claim");
}
