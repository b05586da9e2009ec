import fc from "fast-check";
import { describe as describeSuite, expect, it } from "vitest";
import { anchor, createAnchorer, describe } from "./index";

// A small vocabulary on purpose: words and short phrases repeat, so quotes are often not unique by themselves.
// Nothing in it folds onto anything else, so the described context stays unique after folding too.
const vocabulary = ["واتساب", "رسالة", "مليار", "العالم", "في", "من", "100", "2020", "the", "messages", "billion", "in", "of", "🎉", "claim", "news", ".", ","];

const textArbitrary = fc.array(fc.constantFrom(...vocabulary), { minLength: 4, maxLength: 150 }).map((words) => words.join(" "));

/** A range on code point boundaries, not only whitespace. */
function rangeIn(text: string, first: number, second: number): { start: number; end: number } {
  const boundaries = [0];
  for (const character of text) boundaries.push((boundaries[boundaries.length - 1] ?? 0) + character.length);
  const low = first % (boundaries.length - 1);
  const high = low + 1 + (second % Math.min(60, boundaries.length - 1 - low));
  return { start: boundaries[low] ?? 0, end: boundaries[high] ?? text.length };
}

interface Edit {
  at: number;
  deleteCount: number;
  insert: string;
}

const editsArbitrary = fc.array(
  fc.record({ at: fc.nat(), deleteCount: fc.integer({ min: 0, max: 5 }), insert: fc.constantFrom("", " x", "و", "🎉", "، خبر", "new ", "2021") }),
  { maxLength: 6 },
);

describeSuite("describe then anchor (property)", () => {
  it("returns the same range, by position and by quote alone", () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.nat(), (text, first, second) => {
        const { start, end } = rangeIn(text, first, second);
        const { quote, position } = describe(text, start, end);
        expect(anchor(text, [quote, position])).toMatchObject({ status: "anchored", start, end, method: "position", exactChanged: false });
        expect(anchor(text, [quote])).toMatchObject({ status: "anchored", start, end, method: "quote", exactChanged: false });
      }),
      { numRuns: 300 },
    );
  });

  it("after small edits away from the range and its context, returns the range's new place", () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.nat(), editsArbitrary, (text, first, second, rawEdits) => {
        const { start, end } = rangeIn(text, first, second);
        const { quote, position } = describe(text, start, end);
        const contextStart = start - quote.prefix.length;
        const contextEnd = end + quote.suffix.length;
        // Place each edit outside [contextStart, contextEnd), on code point boundaries, without overlaps.
        // A context cut short by the text's edge includes that edge: "nothing before" is part of what made the
        // claim unique (a few words recur everywhere in this text), so text inserted at 0 when the prefix
        // reached the start edits the context, not the text before it; anchoring may then rightly keep
        // the claim at the start. Edits after the context start at contextEnd only when it is inside the text.
        const edits: Edit[] = [];
        for (const raw of rawEdits) {
          const outsideLength = contextStart + (text.length - contextEnd);
          if (outsideLength === 0) break;
          let at = raw.at % (outsideLength + 1);
          if (at === 0 && contextStart === 0) continue;
          at = at <= contextStart ? at : contextEnd + (at - contextStart - 1);
          const limit = at <= contextStart ? contextStart : text.length;
          const deleteCount = Math.min(raw.deleteCount, limit - at);
          const splitsPair = (offset: number): boolean => offset > 0 && offset < text.length && /[\udc00-\udfff]/.test(text[offset] ?? "");
          if (splitsPair(at) || splitsPair(at + deleteCount)) continue;
          if (edits.some((edit) => at <= edit.at + edit.deleteCount && edit.at <= at + deleteCount)) continue;
          edits.push({ at, deleteCount, insert: raw.insert });
        }
        edits.sort((one, other) => other.at - one.at);
        let edited = text;
        let shift = 0;
        for (const edit of edits) {
          edited = edited.slice(0, edit.at) + edit.insert + edited.slice(edit.at + edit.deleteCount);
          if (edit.at < contextStart || (edit.at === contextStart && edit.deleteCount === 0)) shift += edit.insert.length - edit.deleteCount;
        }
        const result = anchor(edited, [quote, position]);
        expect(result).toMatchObject({ status: "anchored", start: start + shift, end: end + shift, exactChanged: false });
        expect(createAnchorer(edited).anchorAll([[quote, position]])).toEqual([result]);
      }),
      { numRuns: 300 },
    );
  });
});
