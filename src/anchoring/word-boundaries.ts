// Word snapping for selections. Arabic clitics (و، ف، ب، ك، ل، ال) are written joined to their word,
// so a word is a run of letters, marks, digits and tatweel (الـ31 is one word); digit groups joined by
// separators (1,5 / ٢٫٥ / 2,500) stay one word too.

const wordCharacter = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;
const numberSeparator = /[.,\u066B\u066C]/;
const digit = /\p{Nd}/u;

function isWordCharacterAt(text: string, index: number): boolean {
  const character = text[index];
  if (character === undefined) return false;
  if (wordCharacter.test(character)) return true;
  // A separator between two digits belongs to the number.
  return numberSeparator.test(character) && digit.test(text[index - 1] ?? "") && digit.test(text[index + 1] ?? "");
}

/**
 * Widens [start, end) to whole words, after dropping white space at its edges. A range holding no word
 * character is returned trimmed only.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let snappedStart = start;
  let snappedEnd = end;
  while (snappedStart < snappedEnd && /\s/.test(text[snappedStart]!)) snappedStart += 1;
  while (snappedEnd > snappedStart && /\s/.test(text[snappedEnd - 1]!)) snappedEnd -= 1;
  if (snappedStart === snappedEnd) return { start: snappedStart, end: snappedEnd };
  if (isWordCharacterAt(text, snappedStart)) {
    while (snappedStart > 0 && isWordCharacterAt(text, snappedStart - 1)) snappedStart -= 1;
  }
  if (isWordCharacterAt(text, snappedEnd - 1)) {
    while (snappedEnd < text.length && isWordCharacterAt(text, snappedEnd)) snappedEnd += 1;
  }
  return { start: snappedStart, end: snappedEnd };
}
