import type { CurrentUser } from "@/auth/current-user";
import { getArticle } from "@/modules/articles/articles";
import type { ClaimDetection } from "@/modules/claims/schemas";
import { claimContext } from "@/report/context";
import type { ReportDto } from "@/report/types";

function describeValue(detection: ClaimDetection | null, language: "ar" | "en"): string | null {
  if (!detection) return null;
  if (detection.date) return detection.date;
  if (detection.value === null) return null;
  const formatted = new Intl.NumberFormat(language === "ar" ? "ar-u-nu-latn" : "en", { maximumFractionDigits: 4 }).format(detection.value);
  const unit = detection.unit === "percent" ? "%" : detection.unit ? ` ${detection.unit}` : "";
  return `${formatted}${unit}`;
}

/**
 * The report of an article: its accepted claims in reading order, each with the verdict published on it
 * (reviewers' drafts never reach the report), its sources and every correction since publication.
 */
export async function getArticleReport(actor: CurrentUser, articleId: string): Promise<ReportDto> {
  const article = await getArticle(actor, articleId);
  const scale = article.ratingScale;
  const claims = article.claims.filter((claim) => claim.status !== "suggested" && claim.status !== "dismissed" && claim.anchoring.status !== "orphan");
  return {
    article: { id: article.id, title: article.title, language: article.language, direction: article.direction },
    generatedAt: new Date().toISOString(),
    ratingScale: { bestRating: scale.bestRating, worstRating: scale.worstRating },
    claims: claims.map((claim) => {
      const [quote, position] = claim.target.selector;
      const published = claim.publication;
      const firstPublication = claim.publicationLog.findIndex((entry) => entry.action === "publish");
      return {
        id: claim.id,
        quote: quote.exact,
        claimReviewed: claim.claimReviewed,
        context: claimContext(article.text, position.start, position.end),
        position: { start: position.start, end: position.end },
        normalisedValue: describeValue(claim.detection, article.language),
        status: claim.status,
        verdict:
          published && published.rating
            ? {
                rating: published.rating,
                ratingLabel: published.ratingLabel?.[article.language] ?? published.rating,
                ratingValue: scale.ratings.find((rating) => rating.key === published.rating)?.value ?? null,
                colour: published.colour ?? "#6b6b6b",
                explanation: published.explanation,
                author: published.by,
                date: published.at.slice(0, 10),
              }
            : null,
        corrections:
          firstPublication === -1
            ? []
            : claim.publicationLog.slice(firstPublication + 1).map((entry) => ({
                action: entry.action,
                ratingLabel: entry.ratingLabel?.[article.language] ?? null,
                reason: entry.reason,
                by: entry.by,
                date: entry.at.slice(0, 10),
              })),
        sources: claim.sources.map((link) => ({
          stance: link.stance,
          url: link.source.url,
          title: link.source.title,
          publisher: link.source.publisher,
          excerpt: link.excerpt,
          accessedAt: link.source.accessedAt,
        })),
      };
    }),
  };
}
