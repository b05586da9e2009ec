// schema.org ClaimReview, the markup search engines and fact-check aggregators read from a published
// fact-check. Only published verdicts become ClaimReviews; drafts never leave the newsroom.
import type { ReportDto } from "./types";

export interface ClaimReviewOptions {
  /** Where the report is published, e.g. "https://factcheck.example/articles/abc/report". */
  reportUrl: string;
  /** The fact-checking organisation (ClaimReview author). */
  organisation: string;
}

export function renderClaimReviews(report: ReportDto, options: ClaimReviewOptions): Record<string, unknown>[] {
  return report.claims.flatMap((claim) => {
    if (!claim.verdict) return [];
    const verdict = claim.verdict;
    const rating: Record<string, unknown> = { "@type": "Rating", alternateName: verdict.ratingLabel, ratingExplanation: verdict.explanation };
    if (verdict.ratingValue !== null) {
      Object.assign(rating, { ratingValue: verdict.ratingValue, bestRating: report.ratingScale.bestRating, worstRating: report.ratingScale.worstRating });
    }
    return [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${options.reportUrl}#claim-${claim.id}`,
        claimReviewed: claim.claimReviewed || claim.quote,
        datePublished: verdict.date,
        inLanguage: report.article.language,
        author: { "@type": "Organization", name: options.organisation },
        reviewRating: rating,
        itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork", headline: report.article.title }, text: claim.quote },
      },
    ];
  });
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no text can close the script. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
