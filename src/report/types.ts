/** Everything a fact-check report shows; built once, rendered as HTML, Markdown and JSON alike. */
export interface ReportDto {
  article: { id: string; title: string; language: "ar" | "en"; direction: "rtl" | "ltr" };
  generatedAt: string;
  /** ClaimReview's bestRating/worstRating of the article's rating scale. */
  ratingScale: { bestRating: number; worstRating: number };
  claims: ReportClaim[];
}

export interface ReportClaim {
  id: string;
  quote: string;
  /** The claim as the editor restated it (ClaimReview claimReviewed); empty when not restated. */
  claimReviewed: string;
  context: { before: string; quote: string; after: string };
  position: { start: number; end: number };
  normalisedValue: string | null;
  /** The published verdict in force; null while the claim is still under review. */
  verdict: ReportVerdict | null;
  status: string;
  /** Everything that changed after the first publication: corrections, withdrawals, re-publications. */
  corrections: ReportCorrection[];
  sources: ReportSource[];
}

export interface ReportCorrection {
  action: "publish" | "unpublish" | "correct";
  ratingLabel: string | null;
  reason: string;
  by: string | null;
  date: string;
}

export interface ReportVerdict {
  rating: string;
  ratingLabel: string;
  /** ClaimReview ratingValue; null for ratings outside the scale (unverifiable). */
  ratingValue: number | null;
  colour: string;
  explanation: string;
  author: string | null;
  date: string;
}

export interface ReportSource {
  stance: "supports" | "refutes" | "context";
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: string;
}
