export type DetectionKind = "quantity" | "percent" | "money" | "date" | "ordinal" | "range" | "ratio";

export type Qualifier = "exact" | "more than" | "at least" | "less than" | "at most" | "about" | "up to";

export type DetectionLanguage = "ar" | "en";

export interface Detection {
  /** UTF-16 offsets into the text: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  /** Normalised number; percent as written (37 for 37%); a date's value is its year (null when none is stated). */
  value: number | null;
  /** Upper bound, for ranges only. */
  valueHigh?: number;
  /** For dates: ISO 8601 partial ("2009-05", "2019-12-31", "2020", or "--12-31" when no year is stated). */
  date?: string;
  /** Currency code ("USD"), "percent", or a measurement ("km", "°C"). */
  unit: string | null;
  kind: DetectionKind;
  qualifier: Qualifier;
  /** The counted noun as written in the text, or null. */
  subject: string | null;
  /** Who or where the figure applies to, as an English country name, or null. */
  scope: string | null;
  confidence: number;
  language: DetectionLanguage;
}
