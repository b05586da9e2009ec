import type { CurrentUser } from "@/auth/current-user";
import type { Prisma } from "@/db/client";
import { isBlindTo } from "@/modules/review/blind-review";
import type { RatingScaleDto } from "@/modules/rating-scales/schemas";
import { anchorStatusSchema, claimStatusSchema, detectionSchema, sourceTypeSchema, stanceSchema } from "./schemas";
import type { ClaimDetection, ClaimDto, ClaimSourceDto, PublicationEntryDto, SourceDto, VerdictDto } from "./schemas";

/** The claim columns and relations every claim DTO needs, selected in one query. */
export const claimInclude = {
  sources: { orderBy: { createdAt: "asc" }, include: { source: true, createdBy: { select: { name: true } } } },
  verdicts: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } }, sources: { select: { claimSourceId: true } } } },
  assignments: { orderBy: { createdAt: "asc" }, include: { reviewer: { select: { id: true, name: true } } } },
  publications: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { publishedBy: { select: { name: true } } } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimInclude;

export interface SourceRow {
  id: string;
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedAt: Date | null;
  accessedAt: Date;
  type: string;
  archiveUrl: string;
  credibilityNote: string;
  version: number;
}

interface ClaimSourceRow {
  id: string;
  claimId: string;
  stance: string;
  excerpt: string;
  createdAt: Date;
  source: SourceRow;
  createdBy: { name: string } | null;
}

interface VerdictRow {
  id: string;
  claimId: string;
  rating: string;
  explanation: string;
  authorId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  author: { name: string } | null;
  sources: { claimSourceId: string }[];
}

interface PublicationRow {
  id: string;
  action: string;
  ratingKey: string | null;
  explanation: string;
  reason: string;
  createdAt: Date;
  publishedBy: { name: string } | null;
}

export interface ClaimRow {
  id: string;
  articleId: string;
  status: string;
  origin: string;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
  detection: string | null;
  anchorStatus: string;
  anchorMethod: string | null;
  anchorScore: number | null;
  anchoredRevision: number;
  previousExact: string | null;
  claimReviewed: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  sources: ClaimSourceRow[];
  verdicts: VerdictRow[];
  assignments: { reviewer: { id: string; name: string } }[];
  publications: PublicationRow[];
  _count: { comments: number };
}

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

export function toSourceDto(row: SourceRow): SourceDto {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.publishedAt ? dateOnly(row.publishedAt) : null,
    accessedAt: dateOnly(row.accessedAt),
    type: sourceTypeSchema.catch("news-report").parse(row.type),
    archiveUrl: row.archiveUrl,
    credibilityNote: row.credibilityNote,
    version: row.version,
  };
}

export function toClaimSourceDto(row: ClaimSourceRow): ClaimSourceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    stance: stanceSchema.catch("context").parse(row.stance),
    excerpt: row.excerpt,
    source: toSourceDto(row.source),
    addedBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function ratingOf(scale: RatingScaleDto, key: string) {
  const rating = scale.ratings.find((candidate) => candidate.key === key);
  // A key missing from the scale (edited since) still shows, as its key.
  return { ratingLabel: rating?.labels ?? { ar: key, en: key }, colour: rating?.colour ?? "#6b6b6b" };
}

export function toVerdictDto(row: VerdictRow, scale: RatingScaleDto): VerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    rating: row.rating,
    ...ratingOf(scale, row.rating),
    explanation: row.explanation,
    author: row.author?.name ?? null,
    authorId: row.authorId,
    sourceLinkIds: row.sources.map((link) => link.claimSourceId),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toPublicationEntry(row: PublicationRow, scale: RatingScaleDto): PublicationEntryDto {
  const action = row.action === "unpublish" || row.action === "correct" ? row.action : "publish";
  const rating = row.ratingKey ? ratingOf(scale, row.ratingKey) : null;
  return {
    id: row.id,
    action,
    rating: row.ratingKey,
    ratingLabel: rating?.ratingLabel ?? null,
    colour: rating?.colour ?? null,
    explanation: row.explanation,
    reason: row.reason,
    by: row.publishedBy?.name ?? null,
    at: row.createdAt.toISOString(),
  };
}

/** The verdict in force: the last publish or correction, unless an unpublish came after it. */
export function currentPublication(log: readonly PublicationEntryDto[]): PublicationEntryDto | null {
  const last = log.at(-1);
  return last && last.action !== "unpublish" ? last : null;
}

function parseDetection(json: string | null): ClaimDetection | null {
  if (json === null) return null;
  const parsed = detectionSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** A claim as `viewer` may see it: other reviewers' verdicts stay hidden while the viewer is blind. */
export function toClaimDto(row: ClaimRow, scale: RatingScaleDto, viewer: CurrentUser | null): ClaimDto {
  const reviewerIds = row.assignments.map((assignment) => assignment.reviewer.id);
  const verdictAuthorIds = row.verdicts.map((verdict) => verdict.authorId);
  const isBlind = viewer !== null && isBlindTo(viewer, { status: row.status, reviewerIds, verdictAuthorIds });
  const verdicts = row.verdicts.map((verdict) => toVerdictDto(verdict, scale));
  const visibleVerdicts = isBlind ? verdicts.filter((verdict) => verdict.authorId === viewer?.id) : verdicts;
  const counts = new Map<string, number>();
  for (const verdict of verdicts) counts.set(verdict.rating, (counts.get(verdict.rating) ?? 0) + 1);
  const publicationLog = row.publications.map((publication) => toPublicationEntry(publication, scale));
  return {
    id: row.id,
    articleId: row.articleId,
    status: claimStatusSchema.parse(row.status),
    origin: row.origin === "detector" ? "detector" : "person",
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix },
        { type: "TextPositionSelector", start: row.positionStart, end: row.positionEnd },
      ],
    },
    detection: parseDetection(row.detection),
    anchoring: {
      status: anchorStatusSchema.parse(row.anchorStatus),
      method: row.anchorMethod === "position" || row.anchorMethod === "quote" || row.anchorMethod === "fuzzy" ? row.anchorMethod : null,
      score: row.anchorScore,
      revision: row.anchoredRevision,
      previousExact: row.previousExact,
    },
    claimReviewed: row.claimReviewed,
    version: row.version,
    reviewers: row.assignments.map(({ reviewer }) => ({ id: reviewer.id, name: reviewer.name, hasSubmitted: verdictAuthorIds.includes(reviewer.id) })),
    sources: row.sources.map(toClaimSourceDto),
    verdicts: visibleVerdicts,
    hiddenVerdictCount: verdicts.length - visibleVerdicts.length,
    agreement:
      isBlind || verdicts.length === 0
        ? null
        : {
            ratings: [...counts].map(([rating, count]) => ({ rating, count })).sort((left, right) => right.count - left.count),
            isUnanimous: counts.size === 1,
            submitted: verdicts.length,
            assigned: reviewerIds.length,
          },
    publication: currentPublication(publicationLog),
    publicationLog,
    commentCount: row._count.comments,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
