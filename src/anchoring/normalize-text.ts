// Folds differences that do not change meaning (Arabic diacritics and letter variants, digit scripts,
// invisible characters, Unicode normal forms, whitespace runs) while remembering where each folded
// character came from, so matches found in the folded copy map back to exact offsets in the original.

/** A folded copy of a text with, for every folded character, the original UTF-16 range it came from. */
export interface NormalizedText {
  readonly text: string;
  /** originalStarts[i]: original offset where the source of folded character i starts; last entry = original length. */
  readonly originalStarts: Int32Array;
  /** originalEnds[i]: original offset just after the source of folded character i (trailing marks included). */
  readonly originalEnds: Int32Array;
}

const enum Fold {
  /** Drop, and let the previous character's range absorb it (it belongs to that letter). */
  DropMark = -1,
  /** Drop without extending anything (invisible format characters). */
  DropInvisible = -2,
  Whitespace = -3,
}

function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // tashkeel, including hamza/madda above and below left over by NFD
    code === 0x0670 || // superscript alef
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e4) ||
    code === 0x06e7 ||
    code === 0x06e8 ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x08d3 && code <= 0x08ff)
  );
}

function isInvisible(code: number): boolean {
  return (
    code === 0x0640 || // tatweel: stretches a word, means nothing
    (code >= 0x200b && code <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c || // Arabic letter mark
    code === 0xfeff ||
    code === 0x00ad // soft hyphen
  );
}

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Folds one UTF-16 unit of an already decomposed text: a replacement code unit, or a Fold instruction. */
function foldCodeUnit(code: number): number {
  if (code < 0x80) {
    return isWhitespace(code) ? Fold.Whitespace : code;
  }
  if (isArabicMark(code)) return Fold.DropMark;
  if (isInvisible(code)) return Fold.DropInvisible;
  if (isWhitespace(code)) return Fold.Whitespace;
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660; // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0; // Persian digits
  switch (code) {
    case 0x0671: // alef wasla (أ إ آ already lost their hamza/madda mark through NFD)
    case 0x0672:
    case 0x0673:
    case 0x0675:
      return 0x0627;
    case 0x0649: // alef maqsura → ya
    case 0x06cc: // Farsi ya
    case 0x06d2:
      return 0x064a;
    case 0x0629: // ta marbuta → ha
    case 0x06c0:
    case 0x06d5:
      return 0x0647;
    case 0x06a9: // keheh → kaf
      return 0x0643;
    case 0x066b: // Arabic decimal separator
      return 0x2e;
    case 0x066c: // Arabic thousands separator
    case 0x060c: // Arabic comma
      return 0x2c;
    case 0x061b:
      return 0x3b;
    case 0x061f:
      return 0x3f;
    case 0x066a:
      return 0x25;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x00ab:
    case 0x00bb:
      return 0x22;
    case 0x2018:
    case 0x2019:
    case 0x201a:
      return 0x27;
    default:
      return code;
  }
}

function decompose(codePoint: string, code: number): string {
  // Arabic presentation forms (from PDFs) need compatibility decomposition; elsewhere NFKD would change meaning (² → 2).
  const isPresentationForm = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
  return codePoint.normalize(isPresentationForm ? "NFKD" : "NFD");
}

/** Folds `text`, keeping the map back to original offsets. Linear in the text length. */
export function normalizeText(text: string): NormalizedText {
  const folded: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let isInWhitespace = false;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const codePointLength = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    const next = index + codePointLength;
    // ASCII and most Arabic letters decompose to themselves: skip the costly normalize call for them.
    const needsDecomposition = code >= 0xc0 && !(code >= 0x0627 && code <= 0x063a) && !(code >= 0x0641 && code <= 0x064a);
    const units = needsDecomposition ? decompose(text.slice(index, next), code) : null;
    const unitCount = units === null ? 1 : units.length;
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex++) {
      const unit = units === null ? code : units.charCodeAt(unitIndex);
      const fold = foldCodeUnit(unit);
      if (fold === Fold.Whitespace) {
        if (isInWhitespace) {
          ends[ends.length - 1] = next;
        } else {
          folded.push(0x20);
          starts.push(index);
          ends.push(next);
          isInWhitespace = true;
        }
        continue;
      }
      if (fold === Fold.DropMark) {
        if (ends.length > 0 && !isInWhitespace) ends[ends.length - 1] = next;
        continue;
      }
      if (fold === Fold.DropInvisible) continue;
      isInWhitespace = false;
      folded.push(fold);
      starts.push(index);
      ends.push(next);
    }
    index = next;
  }
  starts.push(text.length);
  let foldedText = "";
  const chunkSize = 8192;
  for (let chunk = 0; chunk < folded.length; chunk += chunkSize) {
    foldedText += String.fromCharCode(...folded.slice(chunk, chunk + chunkSize));
  }
  return { text: foldedText, originalStarts: Int32Array.from(starts), originalEnds: Int32Array.from(ends) };
}

/** The folded form of a short string (quote, prefix, suffix), without the offset map. */
export function normalizeString(text: string): string {
  return normalizeText(text).text;
}

/** Index of the first folded character whose source starts at or after `originalOffset`. */
export function toNormalizedOffset(normalized: NormalizedText, originalOffset: number): number {
  const starts = normalized.originalStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) < originalOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Original UTF-16 range of the folded range [start, end). */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalized.originalStarts[start] ?? 0;
  const originalEnd = end > start ? (normalized.originalEnds[end - 1] ?? originalStart) : originalStart;
  return { start: originalStart, end: originalEnd };
}
