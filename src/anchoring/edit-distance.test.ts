import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignAnchored, boundedEditDistance, findApproximateEnds } from "./edit-distance";

function levenshtein(first: string, second: string): number {
  let previous = Array.from({ length: second.length + 1 }, (_, column) => column);
  for (let row = 1; row <= first.length; row++) {
    const current = [row];
    for (let column = 1; column <= second.length; column++) {
      current[column] = Math.min(
        (previous[column - 1] ?? 0) + (first[row - 1] === second[column - 1] ? 0 : 1),
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
      );
    }
    previous = current;
  }
  return previous[second.length] ?? 0;
}

/** Fewest errors of `pattern` against any substring of `text` ending exactly at each end offset (textbook DP). */
function bestErrorsEndingAt(text: string, pattern: string): number[] {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let row = 1; row <= pattern.length; row++) {
    const current = [row];
    for (let column = 1; column <= text.length; column++) {
      current[column] = Math.min(
        (previous[column - 1] ?? 0) + (pattern[row - 1] === text[column - 1] ? 0 : 1),
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
      );
    }
    previous = current;
  }
  return previous;
}

const smallAlphabet = fc.string({ unit: fc.constantFrom("a", "b", "c", "ب", "ت", " "), maxLength: 60 });

describe("Myers bit-parallel search", () => {
  it("finds exact and approximate occurrences", () => {
    expect(findApproximateEnds("the cat sat on the mat", "cat", 0, 0, 22)).toEqual([{ end: 7, errors: 0 }]);
    expect(findApproximateEnds("the cat sat on the mat", "cot", 1, 0, 22).map((match) => match.end)).toContain(7);
  });

  it("agrees with the textbook dynamic programme on every end position it reports, and misses none", () => {
    fc.assert(
      fc.property(
        smallAlphabet,
        fc.string({ unit: fc.constantFrom("a", "b", "c", "ب", "ت", " "), minLength: 1, maxLength: 32 }),
        fc.nat(6),
        (text, pattern, maxErrors) => {
          const reference = bestErrorsEndingAt(text, pattern);
          const matches = findApproximateEnds(text, pattern, maxErrors, 0, text.length);
          for (const match of matches) expect(match.errors).toBe(reference[match.end]);
          // Every qualifying end lies in a reported run: the run's best is at most its errors.
          const qualifying = reference.map((errors, end) => ({ errors, end })).filter(({ errors, end }) => end > 0 && errors <= maxErrors);
          expect(matches.length > 0).toBe(qualifying.length > 0);
          for (const match of matches) expect(match.errors).toBeLessThanOrEqual(maxErrors);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("handles a full 32-unit pattern", () => {
    const pattern = "abcdefghijklmnopqrstuvwxyz012345";
    expect(findApproximateEnds(`xx${pattern}yy`, pattern, 0, 0, 36)).toEqual([{ end: 34, errors: 0 }]);
    expect(findApproximateEnds(`xx${pattern.replace("m", "M")}yy`, pattern, 1, 0, 36)).toEqual([{ end: 34, errors: 1 }]);
  });
});

describe("banded alignments", () => {
  it("boundedEditDistance equals Levenshtein within the bound, and reports bound + 1 beyond it", () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, fc.nat(20), (first, second, bound) => {
        const exact = levenshtein(first, second);
        expect(boundedEditDistance(first, second, bound)).toBe(exact <= bound ? exact : bound + 1);
      }),
      { numRuns: 300 },
    );
  });

  it("alignAnchored finds the best prefix or suffix alignment", () => {
    fc.assert(
      fc.property(smallAlphabet, fc.string({ unit: fc.constantFrom("a", "b", "c", "ب", "ت", " "), minLength: 1, maxLength: 20 }), (text, pattern) => {
        const forward = alignAnchored(pattern, text, 0, text.length, false);
        let best = Number.POSITIVE_INFINITY;
        for (let length = 0; length <= text.length; length++) best = Math.min(best, levenshtein(pattern, text.slice(0, length)));
        expect(forward.errors).toBe(best);
        expect(levenshtein(pattern, text.slice(0, forward.textLength))).toBe(best);
        const backward = alignAnchored(pattern, text, text.length, 0, true);
        let bestBackward = Number.POSITIVE_INFINITY;
        for (let length = 0; length <= text.length; length++) bestBackward = Math.min(bestBackward, levenshtein(pattern, text.slice(text.length - length)));
        expect(backward.errors).toBe(bestBackward);
      }),
      { numRuns: 300 },
    );
  });
});
