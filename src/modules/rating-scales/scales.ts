import { getDatabase } from "@/db/client";
import type { Prisma } from "@/db/client";
import { notFound } from "@/lib/errors";
import type { RatingScaleDto } from "./schemas";

type Client = Prisma.TransactionClient | ReturnType<typeof getDatabase>;

export const ratingScaleInclude = { ratings: { orderBy: { position: "asc" } } } as const;

interface ScaleRow {
  id: string;
  name: string;
  bestRating: number;
  worstRating: number;
  isDefault: boolean;
  retiredAt: Date | null;
  version: number;
  ratings: { key: string; labelAr: string; labelEn: string; colour: string; value: number | null }[];
}

export function toRatingScaleDto(row: ScaleRow): RatingScaleDto {
  return {
    id: row.id,
    name: row.name,
    bestRating: row.bestRating,
    worstRating: row.worstRating,
    isDefault: row.isDefault,
    isRetired: row.retiredAt !== null,
    version: row.version,
    ratings: row.ratings.map((rating) => ({ key: rating.key, labels: { ar: rating.labelAr, en: rating.labelEn }, colour: rating.colour, value: rating.value })),
  };
}

/** The scale an article's verdicts use: its own, else the default one. */
export async function ratingScaleForArticle(articleId: string, client: Client = getDatabase()): Promise<RatingScaleDto> {
  const article = await client.article.findUnique({ where: { id: articleId }, select: { ratingScale: { include: ratingScaleInclude } } });
  if (!article) throw notFound("The article");
  if (article.ratingScale) return toRatingScaleDto(article.ratingScale);
  const fallback = await client.ratingScale.findFirst({ where: { isDefault: true }, include: ratingScaleInclude });
  if (!fallback) throw new Error("No default rating scale: the review_workflow migration seeds one.");
  return toRatingScaleDto(fallback);
}
