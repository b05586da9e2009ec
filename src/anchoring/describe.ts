import { splitsSurrogatePair } from "./code-points";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/** Context length Hypothesis and Apache Annotator use; enough to tell most repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

function countOccurrencesUpToTwo(text: string, needle: string): number {
  const first = text.indexOf(needle);
  if (first === -1) return 0;
  return text.indexOf(needle, first + 1) === -1 ? 1 : 2;
}

/** Describes text[start, end) by quote (context extended until prefix + exact + suffix is unique) and by position. */
export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}..${end} for a text of length ${text.length}`);
  }
  const exact = text.slice(start, end);
  let contextLength = CONTEXT_LENGTH;
  let prefixStart: number;
  let suffixEnd: number;
  for (;;) {
    prefixStart = Math.max(0, start - contextLength);
    suffixEnd = Math.min(text.length, end + contextLength);
    // Never cut an emoji or other astral character in half at the context edges.
    if (splitsSurrogatePair(text, prefixStart)) prefixStart--;
    if (splitsSurrogatePair(text, suffixEnd)) suffixEnd++;
    const isWholeText = prefixStart === 0 && suffixEnd === text.length;
    if (isWholeText || countOccurrencesUpToTwo(text, text.slice(prefixStart, suffixEnd)) <= 1) break;
    contextLength *= 2;
  }
  return {
    quote: { type: "TextQuoteSelector", exact, prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: "TextPositionSelector", start, end },
  };
}
