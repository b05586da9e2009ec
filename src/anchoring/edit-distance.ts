// Edit distances used to score candidates. Myers' bit-parallel algorithm (1999, in Hyyrö's formulation)
// finds approximate occurrences of patterns of up to 32 units; small dynamic programmes score the rest.

export const MYERS_WORD_SIZE = 32;

/** An approximate occurrence: text[start, end) with `errors` insertions, deletions or substitutions. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

function buildPatternMasks(pattern: string): Map<number, number> {
  const masks = new Map<number, number>();
  for (let index = 0; index < pattern.length; index++) {
    const code = pattern.charCodeAt(index);
    masks.set(code, (masks.get(code) ?? 0) | (1 << index));
  }
  return masks;
}

/**
 * Ends of the best approximate occurrences of `pattern` (1..32 units) in text[from, to) with at most
 * `maxErrors` errors: one end per run of qualifying positions, at the run's lowest error count.
 */
export function findApproximateEnds(text: string, pattern: string, maxErrors: number, from: number, to: number): { end: number; errors: number }[] {
  const length = pattern.length;
  if (length === 0 || length > MYERS_WORD_SIZE) throw new RangeError(`Pattern length ${length} is outside 1..${MYERS_WORD_SIZE}`);
  const masks = buildPatternMasks(pattern);
  const lastBit = 1 << (length - 1);
  let positiveVertical = -1;
  let negativeVertical = 0;
  let score = length;
  const ends: { end: number; errors: number }[] = [];
  let runBest: { end: number; errors: number } | null = null;
  for (let index = from; index < to; index++) {
    const equal = masks.get(text.charCodeAt(index)) ?? 0;
    const verticalChange = equal | negativeVertical;
    const horizontalChange = ((((equal & positiveVertical) + positiveVertical) | 0) ^ positiveVertical) | equal;
    let positiveHorizontal = negativeVertical | ~(horizontalChange | positiveVertical);
    let negativeHorizontal = positiveVertical & horizontalChange;
    if (positiveHorizontal & lastBit) score++;
    else if (negativeHorizontal & lastBit) score--;
    // Searching, not aligning: the top row stays 0, so nothing is shifted in.
    positiveHorizontal <<= 1;
    negativeHorizontal <<= 1;
    positiveVertical = negativeHorizontal | ~(verticalChange | positiveHorizontal);
    negativeVertical = positiveHorizontal & verticalChange;
    if (score <= maxErrors) {
      if (runBest === null || score < runBest.errors) runBest = { end: index + 1, errors: score };
    } else if (runBest !== null) {
      ends.push(runBest);
      runBest = null;
    }
  }
  if (runBest !== null) ends.push(runBest);
  return ends;
}

/**
 * Fewest edits turning `pattern` into a suffix of text[limit, anchor) (`isAnchoredAtEnd`) or a prefix of
 * text[anchor, limit), and the length of text that alignment uses. Only alignments within `maxErrors`
 * are explored (a diagonal band), so long quotes cost length × errors, not length².
 * Returns errors = maxErrors + 1 when no alignment is within the bound.
 */
export function alignAnchored(
  pattern: string,
  text: string,
  anchor: number,
  limit: number,
  isAnchoredAtEnd: boolean,
  maxErrors: number = pattern.length,
): { errors: number; textLength: number } {
  const patternLength = pattern.length;
  const textLength = Math.abs(anchor - limit);
  if (patternLength === 0) return { errors: 0, textLength: 0 };
  const outside = maxErrors + 1;
  // previous[column]: edits turning the first `row` pattern units (read from the anchor outwards) into the first `column` text units.
  let previous = new Int32Array(textLength + 1);
  let current = new Int32Array(textLength + 1);
  for (let column = 0; column <= textLength; column++) previous[column] = column <= maxErrors ? column : outside;
  for (let row = 1; row <= patternLength; row++) {
    const patternCode = pattern.charCodeAt(isAnchoredAtEnd ? patternLength - row : row - 1);
    const bandStart = Math.max(1, row - maxErrors);
    const bandEnd = Math.min(textLength, row + maxErrors);
    if (bandStart > 1) current[bandStart - 1] = outside;
    current[0] = row <= maxErrors ? row : outside;
    let rowMinimum = current[0] ?? outside;
    for (let column = bandStart; column <= bandEnd; column++) {
      const textCode = text.charCodeAt(isAnchoredAtEnd ? anchor - column : anchor + column - 1);
      const substitution = (previous[column - 1] ?? outside) + (patternCode === textCode ? 0 : 1);
      const deletion = (column <= row - 1 + maxErrors ? (previous[column] ?? outside) : outside) + 1;
      const insertion = (current[column - 1] ?? outside) + 1;
      const value = Math.min(substitution, deletion, insertion, outside);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (bandEnd < textLength) current[bandEnd + 1] = outside;
    if (rowMinimum > maxErrors) return { errors: outside, textLength: 0 };
    [previous, current] = [current, previous];
  }
  let bestErrors = outside;
  let bestLength = 0;
  const lastStart = Math.max(0, patternLength - maxErrors);
  const lastEnd = Math.min(textLength, patternLength + maxErrors);
  for (let column = lastStart; column <= lastEnd; column++) {
    const errors = previous[column] ?? outside;
    // Prefer the longest alignment among equals so trailing letters are not left out of the range.
    if (errors < bestErrors || (errors === bestErrors && column > bestLength)) {
      bestErrors = errors;
      bestLength = column;
    }
  }
  return { errors: Math.min(bestErrors, outside), textLength: bestLength };
}

/** Levenshtein distance of two strings, giving up (returning maxErrors + 1) once it must exceed `maxErrors`. */
export function boundedEditDistance(first: string, second: string, maxErrors: number): number {
  if (Math.abs(first.length - second.length) > maxErrors) return maxErrors + 1;
  if (first === second) return 0;
  const width = second.length;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  const outside = maxErrors + 1;
  for (let column = 0; column <= width; column++) previous[column] = column <= maxErrors ? column : outside;
  for (let row = 1; row <= first.length; row++) {
    // Only the diagonal band |row - column| ≤ maxErrors can hold a distance within the bound.
    const bandStart = Math.max(1, row - maxErrors);
    const bandEnd = Math.min(width, row + maxErrors);
    current.fill(outside);
    current[0] = row <= maxErrors ? row : outside;
    const code = first.charCodeAt(row - 1);
    let rowMinimum = current[0] ?? outside;
    for (let column = bandStart; column <= bandEnd; column++) {
      const substitution = (previous[column - 1] ?? outside) + (code === second.charCodeAt(column - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[column] ?? outside) + 1, (current[column - 1] ?? outside) + 1, outside);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > maxErrors) return outside;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[width] ?? outside, outside);
}

/**
 * Where a context best sits next to a boundary. For each candidate boundary b in [from, to], the fewest
 * edits turning `pattern` into a substring of the text ending at b (`isBefore`, a prefix) or starting at b
 * (a suffix). `window` bounds how far the context may stretch from b.
 */
export function alignContextAround(pattern: string, text: string, from: number, to: number, window: number, isBefore: boolean): Int32Array {
  const patternLength = pattern.length;
  // The text is read away from the quote: backwards for a prefix; the pattern likewise.
  const scanStart = isBefore ? Math.max(0, from - window) : Math.min(text.length, to + window);
  const columns = Math.abs((isBefore ? to : from) - scanStart);
  let previous = new Int32Array(columns + 1);
  let current = new Int32Array(columns + 1);
  // Free start on the far side of the context: row 0 costs nothing anywhere.
  for (let row = 1; row <= patternLength; row++) {
    const patternCode = pattern.charCodeAt(isBefore ? row - 1 : patternLength - row);
    current[0] = row;
    for (let column = 1; column <= columns; column++) {
      const textCode = text.charCodeAt(isBefore ? scanStart + column - 1 : scanStart - column);
      const substitution = (previous[column - 1] ?? 0) + (patternCode === textCode ? 0 : 1);
      current[column] = Math.min(substitution, (previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  const result = new Int32Array(to - from + 1);
  for (let boundary = from; boundary <= to; boundary++) {
    const column = isBefore ? boundary - scanStart : scanStart - boundary;
    result[boundary - from] = column >= 0 && column <= columns ? (previous[column] ?? patternLength) : patternLength;
  }
  return result;
}
