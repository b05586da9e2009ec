import type { CurrentUser } from "@/auth/current-user";
import { getArticle } from "@/modules/articles/articles";
import type { ClaimDetection } from "@/modules/claims/schemas";
import { ratingDefinition } from "@/modules/review/rating-scale";
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

/** The report of an article: its accepted claims in reading order, each with its latest verdict and sources. */
export async function getArticleReport(actor: CurrentUser, articleId: string): Promise<ReportDto> {
  const article = await getArticle(actor, articleId);
  const claims = article.claims.filter((claim) => claim.status === "open");
  return {
    article: { id: article.id, title: article.title, language: article.language, direction: article.direction },
    generatedAt: new Date().toISOString(),
    claims: claims.map((claim) => {
      const [quote, position] = claim.target.selector;
      const latest = claim.verdicts.at(-1);
      return {
        id: claim.id,
        quote: quote.exact,
        context: claimContext(article.text, position.start, position.end),
        position: { start: position.start, end: position.end },
        normalisedValue: describeValue(claim.detection, article.language),
        verdict: latest
          ? {
              rating: latest.rating,
              ratingLabel: latest.ratingLabel[article.language],
              colour: ratingDefinition(latest.rating).colour,
              explanation: latest.explanation,
              author: latest.author,
              date: latest.createdAt.slice(0, 10),
            }
          : null,
        sources: claim.sources.map((source) => ({ url: source.url, title: source.title, publisher: source.publisher, excerpt: source.excerpt, accessedAt: source.accessedAt })),
      };
    }),
  };
}
