export type TextDirection = "rtl" | "ltr";
export type ArticleLanguage = "ar" | "en";

const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const latinLetter = /[A-Za-z]/g;

/** The article's language from its letters: whichever script dominates. */
export function guessLanguage(text: string): ArticleLanguage {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(arabicLetter)?.length ?? 0;
  const latin = sample.match(latinLetter)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? "ar" : "en";
}

export function directionOf(language: string): TextDirection {
  return /^(ar|fa|he|ur|ps|yi|ckb|dv)\b/.test(language) ? "rtl" : "ltr";
}
