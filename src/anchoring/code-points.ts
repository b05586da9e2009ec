// The W3C model counts Unicode code points; JavaScript strings (and our stored offsets) count UTF-16 units.

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

function isLowSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xdc00 && codeUnit <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Number of code points before the UTF-16 `offset`. An offset inside a surrogate pair counts the pair as started. */
export function utf16ToCodePointOffset(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`UTF-16 offset ${offset} is outside 0..${text.length}`);
  }
  let codePoints = 0;
  for (let index = 0; index < offset; index++) {
    const codeUnit = text.charCodeAt(index);
    if (isHighSurrogate(codeUnit) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))) {
      index++;
    }
    codePoints++;
  }
  return codePoints;
}

/** UTF-16 offset of the code point number `offset`. */
export function codePointToUtf16Offset(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`Code point offset ${offset} is negative or not an integer`);
  }
  let index = 0;
  for (let codePoints = 0; codePoints < offset; codePoints++) {
    if (index >= text.length) {
      throw new RangeError(`Code point offset ${offset} is beyond the end of the text`);
    }
    const codeUnit = text.charCodeAt(index);
    index += isHighSurrogate(codeUnit) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index;
}
