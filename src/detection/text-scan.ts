// Low-level character and word helpers. They work on char codes so the scanner allocates
// strings only around a candidate number, never for the whole text.

export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660; // Arabic-Indic
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0; // Extended (Persian) Arabic-Indic
  return -1;
}

export function isArabicLetter(code: number): boolean {
  // Letters, diacritics (tashkeel) and tatweel all belong to the word they sit in.
  return (code >= 0x621 && code <= 0x65f) || code === 0x670 || code === 0x640 || (code >= 0x671 && code <= 0x6d3);
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

export function isLetter(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code);
}

/** Horizontal white space only: a line break ends a phrase. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x200c || code === 0x202f || code === 0x2009;
}

export function skipSpaces(text: string, position: number): number {
  let index = position;
  while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

export function skipSpacesBackward(text: string, position: number): number {
  let index = position;
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

export interface WordSpan {
  start: number;
  end: number;
  /** Normalised form: Arabic alef/yeh/teh-marbuta folded, diacritics and tatweel removed, Latin lower-cased. */
  normalised: string;
  isArabic: boolean;
}

export function wordEnd(text: string, position: number): number {
  let index = position;
  const arabic = isArabicLetter(text.charCodeAt(index));
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (arabic ? !isArabicLetter(code) : !isLatinLetter(code)) break;
    index += 1;
  }
  return index;
}

export function wordStart(text: string, position: number): number {
  let index = position;
  const arabic = isArabicLetter(text.charCodeAt(position - 1));
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (arabic ? !isArabicLetter(code) : !isLatinLetter(code)) break;
    index -= 1;
  }
  return index;
}

/** The word starting at position (after spaces), or null when something else comes first. */
export function readWord(text: string, position: number): WordSpan | null {
  const start = skipSpaces(text, position);
  if (start >= text.length || !isLetter(text.charCodeAt(start))) return null;
  const end = wordEnd(text, start);
  return { start, end, normalised: normaliseWord(text.slice(start, end)), isArabic: isArabicLetter(text.charCodeAt(start)) };
}

/** The word ending at position (before spaces), or null. */
export function readPreviousWord(text: string, position: number): WordSpan | null {
  const end = skipSpacesBackward(text, position);
  if (end === 0 || !isLetter(text.charCodeAt(end - 1))) return null;
  const start = wordStart(text, end);
  return { start, end, normalised: normaliseWord(text.slice(start, end)), isArabic: isArabicLetter(text.charCodeAt(start)) };
}

export function normaliseWord(raw: string): string {
  let needsFolding = false;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640 || code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671 || code === 0x649 || code === 0x629 || (code >= 0x41 && code <= 0x5a)) {
      needsFolding = true;
      break;
    }
  }
  if (!needsFolding) return raw;
  let normalised = "";
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) continue;
    if (code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671) normalised += "ا";
    else if (code === 0x649) normalised += "ي";
    else if (code === 0x629) normalised += "ه";
    else if (code >= 0x41 && code <= 0x5a) normalised += String.fromCharCode(code + 32);
    else normalised += raw.charAt(index);
  }
  return normalised;
}

// Clitics that attach to the front of an Arabic word: conjunction (و، ف), preposition (ب، ل، ك), article (ال).
const arabicCliticPrefixes = [
  "", "و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "وك", "فب", "فل", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فلل", "فبال", "وكال", "فكال",
];

export interface CliticMatch<Entry> {
  entry: Entry;
  prefix: string;
  hasArticle: boolean;
}

/**
 * A table keyed by every clitic-prefixed form of its words, so a lookup is one Map access rather than one
 * per possible prefix. The shortest prefix wins when two readings collide.
 */
export function createCliticIndex<Entry>(table: ReadonlyMap<string, Entry>, allowedPrefixes: readonly string[] = arabicCliticPrefixes): (normalised: string) => CliticMatch<Entry> | null {
  const index = new Map<string, CliticMatch<Entry>>();
  for (const prefix of allowedPrefixes) {
    for (const [word, entry] of table) {
      // لل replaces ل + ال: "للمرة" is ل + المرة.
      const key = prefix + word;
      if (!index.has(key)) index.set(key, { entry, prefix, hasArticle: prefix.endsWith("ال") || prefix.endsWith("لل") });
    }
  }
  return (normalised) => index.get(normalised) ?? null;
}

export function isArabicCliticPrefix(normalised: string): boolean {
  return arabicCliticPrefixes.includes(normalised);
}
