import { readFileSync } from "node:fs";
import { describe as describeSuite, expect, it } from "vitest";
import { CONTEXT_LENGTH, describe } from "./index";

const seed = readFileSync(new URL("./fixtures/whatsapp-new-year-ar.txt", import.meta.url), "utf8");

describeSuite("describe", () => {
  it("gives the quote, 32 characters of context on each side and the position", () => {
    const start = seed.indexOf("900 مليون رسالة");
    const end = start + "900 مليون رسالة".length;
    const { quote, position } = describe(seed, start, end);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "900 مليون رسالة",
      prefix: seed.slice(start - CONTEXT_LENGTH, start),
      suffix: seed.slice(end, end + CONTEXT_LENGTH),
    });
    expect(position).toEqual({ type: "TextPositionSelector", start, end });
  });

  it("stops the context at the edges of the text", () => {
    const { quote } = describe("One Two Three", 4, 7);
    expect(quote).toMatchObject({ exact: "Two", prefix: "One ", suffix: " Three" });
  });

  it("extends the context until prefix + exact + suffix occurs once", () => {
    const paragraph =
      "The committee of the regional council approved after a long session the budget of the city for the next year without any further debate. ";
    const text = `Alpha. ${paragraph}Beta. ${paragraph}`;
    const start = text.lastIndexOf("the budget");
    const { quote } = describe(text, start, start + "the budget".length);
    const described = quote.prefix + quote.exact + quote.suffix;
    expect(text.indexOf(described)).toBe(text.lastIndexOf(described));
    expect(quote.prefix.length).toBeGreaterThan(CONTEXT_LENGTH);
    expect(quote.prefix).toContain("Beta.");
  });

  it("repeats in the seed article: the lede sentence reappears in the body, context tells them apart", () => {
    const sentence = "أكثر من 100 مليار رسالة تم بثها عبر التطبيق المملوك لفيسبوك في ليلة رأس السنة";
    const first = seed.indexOf(sentence);
    const second = seed.indexOf(sentence, first + 1);
    expect(second).toBeGreaterThan(first);
    const one = describe(seed, first, first + sentence.length).quote;
    const two = describe(seed, second, second + sentence.length).quote;
    expect(one.prefix).not.toBe(two.prefix);
  });

  it("never cuts an emoji in half at the context edges", () => {
    const text = `${"😀".repeat(20)}claim${"🎉".repeat(20)}`;
    const start = text.indexOf("claim");
    const { quote } = describe(text, start, start + 5);
    expect(quote.prefix.length % 2).toBe(0);
    expect(quote.suffix.length % 2).toBe(0);
    expect(quote.prefix.length).toBeGreaterThanOrEqual(CONTEXT_LENGTH);
    expect(quote.suffix.length).toBeGreaterThanOrEqual(CONTEXT_LENGTH);
  });

  it("rejects empty, reversed and out-of-range ranges", () => {
    expect(() => describe("abc", 1, 1)).toThrow(RangeError);
    expect(() => describe("abc", 2, 1)).toThrow(RangeError);
    expect(() => describe("abc", 0, 4)).toThrow(RangeError);
    expect(() => describe("abc", -1, 2)).toThrow(RangeError);
  });
});
