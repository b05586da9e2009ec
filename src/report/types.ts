/** Everything a fact-check report shows; built once, rendered as HTML, Markdown and JSON alike. */
export interface ReportDto {
  article: { id: string; title: string; language: "ar" | "en"; direction: "rtl" | "ltr" };
  generatedAt: string;
  claims: ReportClaim[];
}

export interface ReportClaim {
  id: string;
  quote: string;
  context: { before: string; quote: string; after: string };
  position: { start: number; end: number };
  normalisedValue: string | null;
  verdict: ReportVerdict | null;
  sources: ReportSource[];
}

export interface ReportVerdict {
  rating: string;
  ratingLabel: string;
  colour: string;
  explanation: string;
  author: string | null;
  date: string;
}

export interface ReportSource {
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: string;
}
