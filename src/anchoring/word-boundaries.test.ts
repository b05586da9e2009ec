import { describe, expect, it } from "vitest";
import { snapToWords } from "./word-boundaries";

function snapped(text: string, selected: string, from = 0): string {
  const start = text.indexOf(selected, from);
  const range = snapToWords(text, start, start + selected.length);
  return text.slice(range.start, range.end);
}

describe("snapToWords", () => {
  it.each([
    ["a partial Arabic word widens to the whole word", "استقبل تطبيق واتساب للتراسل", "طبي", "تطبيق"],
    ["the conjunction و stays with its word", "قال الوزير وأضاف المتحدث", "ضاف", "وأضاف"],
    ["the article ال and the preposition ل stay with their word", "للتراسل الفوري", "تراس", "للتراسل"],
    ["ب and ك clitics stay", "بالمستقبل كالعادة", "مستق", "بالمستقبل"],
    ["الـ with tatweel joins the number", "في الـ31 من ديسمبر", "31", "الـ31"],
    ["a decimal comma joins the digits", "البالغ عددهم 1,5 مليار", "5 مل", "1,5 مليار"],
    ["Arabic decimal separator", "نما بنسبة ٢٫٥ في المئة", "٫٥", "٢٫٥"],
    ["spaces at the edges are dropped", "أكثر من 100 مليار رسالة", " 100 ", "100"],
    ["whole words stay as they are", "أكثر من 100 مليار رسالة", "100 مليار", "100 مليار"],
    ["English works the same", "more than 1.5 billion users", "illio", "billion"],
    ["punctuation is not pulled in", 'قالت "ديلي ميل" البريطانية', "يلي مي", "ديلي ميل"],
    ["tashkeel stays inside the word", "الرِّسَالَة", "سَا", "الرِّسَالَة"],
  ])("%s", (_name, text, selected, expected) => {
    expect(snapped(text, selected)).toBe(expected);
  });

  it("returns a range of only spaces as empty", () => {
    expect(snapToWords("a   b", 1, 4)).toEqual({ start: 4, end: 4 });
  });
});
