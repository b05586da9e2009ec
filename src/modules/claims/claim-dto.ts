import { ratingDefinition, ratingSchema } from "@/modules/review/rating-scale";
import { anchorStatusSchema, claimStatusSchema, detectionSchema } from "./schemas";
import type { ClaimDetection, ClaimDto, SourceDto, VerdictDto } from "./schemas";

/** The claim columns and relations every claim DTO needs, selected in one query. */
export const claimInclude = {
  sources: { orderBy: { createdAt: "asc" }, include: { createdBy: { select: { name: true } } } },
  verdicts: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
} as const;

interface SourceRow {
  id: string;
  claimId: string;
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: Date;
  createdAt: Date;
  createdBy: { name: string } | null;
}

interface VerdictRow {
  id: string;
  claimId: string;
  rating: string;
  explanation: string;
  createdAt: Date;
  author: { name: string } | null;
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
  version: number;
  createdAt: Date;
  updatedAt: Date;
  sources: SourceRow[];
  verdicts: VerdictRow[];
}

export function toSourceDto(row: SourceRow): SourceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    excerpt: row.excerpt,
    accessedAt: row.accessedAt.toISOString().slice(0, 10),
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toVerdictDto(row: VerdictRow): VerdictDto {
  const rating = ratingSchema.parse(row.rating);
  return {
    id: row.id,
    claimId: row.claimId,
    rating,
    ratingLabel: ratingDefinition(rating).labels,
    explanation: row.explanation,
    author: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function parseDetection(json: string | null): ClaimDetection | null {
  if (json === null) return null;
  const parsed = detectionSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function toClaimDto(row: ClaimRow): ClaimDto {
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
    version: row.version,
    sources: row.sources.map(toSourceDto),
    verdicts: row.verdicts.map(toVerdictDto),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
