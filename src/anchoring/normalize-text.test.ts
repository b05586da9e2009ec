import { describe, expect, it } from "vitest";
import { normalizeString, normalizeText } from "./index";
import { toNormalizedOffset, toOriginalRange } from "./normalize-text";

describe("normalizeText folds what does not change meaning", () => {
  it.each([
    { name: "tashkeel", original: "كَتَبَ الوَلَدُ", folded: "كتب الولد" },
    { name: "shadda and tanween", original: "جداً مُهِمٌّ", folded: "جدا مهم" },
    { name: "tatweel", original: "واتـــساب", folded: "واتساب" },
    { name: "alef with hamza and madda, alef wasla", original: "أحمد إلى آخر ٱلعالم", folded: "احمد الي اخر العالم" },
    { name: "waw and ya with hamza", original: "مسؤول قائد", folded: "مسوول قايد" },
    { name: "alef maqsura and ta marbuta", original: "على مدينة", folded: "علي مدينه" },
    { name: "Arabic-Indic and Persian digits", original: "٢٠٢٠ و۱۲", folded: "2020 و12" },
    { name: "Arabic punctuation", original: "٣٫٥٪، نعم؟", folded: "3.5%, نعم?" },
    { name: "zero-width joiners and bidi marks", original: "وا\u200dتس\u200cاب \u200fok\u2066", folded: "واتساب ok" },
    { name: "whitespace runs, no-break spaces, line breaks", original: "a \u00a0\n\t b", folded: "a b" },
    { name: "NFC and NFD agree", original: "café", folded: "café".normalize("NFD") },
    { name: "NFD input", original: "café".normalize("NFD"), folded: "café".normalize("NFD") },
    { name: "curly quotes", original: "“quoted” ‘x’", folded: "\"quoted\" 'x'" },
    { name: "Arabic presentation forms", original: "\ufefb", folded: "لا" },
    { name: "emoji kept", original: "🎉 ok", folded: "🎉 ok" },
  ])("$name", ({ original, folded }) => {
    expect(normalizeString(original)).toBe(folded);
  });

  it("keeps the offset map consistent: each folded character comes from the original range it maps to", () => {
    const original = "قالَ:  إنَّ ١٠٠   مليـــار 🎉 رسالة";
    const normalized = normalizeText(original);
    expect(normalized.originalStarts.length).toBe(normalized.text.length + 1);
    for (let index = 0; index < normalized.text.length; index++) {
      const start = normalized.originalStarts[index] ?? -1;
      const end = normalized.originalEnds[index] ?? -1;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      expect(normalizeString(original.slice(start, end)).includes(normalized.text[index] ?? "")).toBe(true);
    }
  });

  it("maps a folded range back onto the original, trailing diacritics included", () => {
    const original = "قال إنَّ العددَ كبيرٌ";
    const normalized = normalizeText(original);
    const foldedStart = normalized.text.indexOf("العدد كبير");
    const range = toOriginalRange(normalized, foldedStart, foldedStart + "العدد كبير".length);
    expect(original.slice(range.start, range.end)).toBe("العددَ كبيرٌ");
    expect(toNormalizedOffset(normalized, range.start)).toBe(foldedStart);
  });
});
