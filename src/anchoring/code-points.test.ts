import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointToUtf16Offset, utf16ToCodePointOffset } from "./index";

describe("UTF-16 ⇄ code point offsets", () => {
  it.each([
    { name: "ASCII", text: "One Two Three", utf16: 4, codePoints: 4 },
    { name: "emoji before the offset", text: "😀 hello", utf16: 3, codePoints: 2 },
    { name: "two emoji and a flag", text: "👍🏽 🇸🇦 ok", utf16: 10, codePoints: 6 },
    { name: "Arabic (BMP: one unit per letter)", text: "واتساب يحقق", utf16: 6, codePoints: 6 },
    { name: "Arabic with emoji", text: "رسالة 🎉 جديدة", utf16: 9, codePoints: 8 },
    { name: "end of text", text: "a😀b", utf16: 4, codePoints: 3 },
  ])("$name", ({ text, utf16, codePoints }) => {
    expect(utf16ToCodePointOffset(text, utf16)).toBe(codePoints);
    expect(codePointToUtf16Offset(text, codePoints)).toBe(utf16);
    expect(Array.from(text.slice(0, utf16)).length).toBe(codePoints);
  });

  it("counts an offset inside a surrogate pair as after the started character", () => {
    expect(utf16ToCodePointOffset("😀x", 1)).toBe(1);
  });

  it("rejects offsets outside the text", () => {
    expect(() => utf16ToCodePointOffset("abc", 4)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset("abc", -1)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset("a😀", 3)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset("abc", 1.5)).toThrow(RangeError);
  });

  it("round-trips every code point boundary of random Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const codePoints = Array.from(text);
        let utf16 = 0;
        for (let index = 0; index <= codePoints.length; index++) {
          expect(codePointToUtf16Offset(text, index)).toBe(utf16);
          expect(utf16ToCodePointOffset(text, utf16)).toBe(index);
          utf16 += codePoints[index]?.length ?? 0;
        }
      }),
      { numRuns: 200 },
    );
  });
});
