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

/** isSpace as a table over every code unit. */
const isSpaceUnit = new Uint8Array(0x10000);
for (const code of [0x20, 0x09, 0xa0, 0x200c, 0x202f, 0x2009]) isSpaceUnit[code] = 1;

export function skipSpaces(text: string, position: number): number {
  let index = position;
  while (index < text.length && isSpaceUnit[text.charCodeAt(index)] === 1) index += 1;
  return index;
}

export function skipSpacesBackward(text: string, position: number): number {
  let index = position;
  while (index > 0 && isSpaceUnit[text.charCodeAt(index - 1)] === 1) index -= 1;
  return index;
}

/** Script of a UTF-16 code unit for word reading: 1 Arabic (letters, diacritics, tatweel), 2 Latin letter, 0 otherwise. */
const scriptOfUnit = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code += 1) scriptOfUnit[code] = isArabicLetter(code) ? 1 : isLatinLetter(code) ? 2 : 0;

// Lexeme trie: every table key (see registerWord) over the folded alphabet normaliseWord produces, so a word
// read from the text finds its key without a substring, a normalised copy or a hash.
const ignorableSymbol = -2;
const noSymbol = -1;
const arabicSymbolCount = 42;
const lexemeSymbolCount = arabicSymbolCount + 26;
const lexemeSymbolOf = new Int8Array(0x10000).fill(noSymbol);
for (let code = 0x621; code <= 0x64a; code += 1) lexemeSymbolOf[code] = code - 0x621;
for (const code of [0x623, 0x625, 0x622, 0x671]) lexemeSymbolOf[code] = 0x627 - 0x621;
lexemeSymbolOf[0x649] = 0x64a - 0x621;
lexemeSymbolOf[0x629] = 0x647 - 0x621;
for (let code = 0x64b; code <= 0x65f; code += 1) lexemeSymbolOf[code] = ignorableSymbol;
lexemeSymbolOf[0x670] = ignorableSymbol;
lexemeSymbolOf[0x640] = ignorableSymbol;
for (let code = 0x41; code <= 0x5a; code += 1) lexemeSymbolOf[code] = arabicSymbolCount + code - 0x41;
for (let code = 0x61; code <= 0x7a; code += 1) lexemeSymbolOf[code] = arabicSymbolCount + code - 0x61;

/** Child of each (node, symbol), 0 for none; 16 bits keep the table small enough to stay in cache. */
let lexemeTransitions = new Uint16Array(lexemeSymbolCount * 1024);
/** The registered key string ending at each node ("" when none ends there). */
const lexemeKeys: string[] = [""];
let lexemeNodeCount = 1;

/**
 * Registers a normalised table key so words spelling it are recognised without allocation; returns its node.
 * Keys no single word can spell (phrases, "km/h", unnormalised forms) get -1; a word-like key outside the folded
 * alphabet (a letter such as پ or é) is refused loudly, as a lookup by node would silently miss it.
 */
export function registerWord(key: string): number {
  if (key.length === 0 || normaliseWord(key) !== key) return -1;
  let node = 0;
  for (let index = 0; index < key.length; index += 1) {
    const symbol = lexemeSymbolOf[key.charCodeAt(index)] ?? noSymbol;
    if (symbol < 0) {
      if ([...key].every((letter) => isLetter(letter.charCodeAt(0)))) throw new Error(`lexicon word outside the lexeme alphabet: ${key}`);
      return -1;
    }
    const slot = node * lexemeSymbolCount + symbol;
    let child = lexemeTransitions[slot] ?? 0;
    if (child === 0) {
      child = lexemeNodeCount;
      if (child > 0xffff) throw new Error("lexeme trie outgrew 16-bit node ids");
      lexemeNodeCount += 1;
      lexemeKeys.push("");
      if (lexemeNodeCount * lexemeSymbolCount > lexemeTransitions.length) {
        const grown = new Uint16Array(lexemeTransitions.length * 2);
        grown.set(lexemeTransitions);
        lexemeTransitions = grown;
      }
      lexemeTransitions[slot] = child;
    }
    node = child;
  }
  if (lexemeKeys[node] === "") lexemeKeys[node] = key;
  return node;
}

/**
 * A table's entries by lexeme node, so a word finds its entry with one array read (see lookupWord).
 * Keys outside the lexeme alphabet (phrases) are left out: a single word never spells them.
 */
export function tableByNode<Value>(table: ReadonlyMap<string, Value>): (Value | undefined)[] {
  const byNode = new Map<number, Value>();
  for (const [key, value] of table) {
    const node = registerWord(key);
    if (node >= 0 && !byNode.has(node)) byNode.set(node, value);
  }
  return dense(byNode);
}

/**
 * The entries as an array indexed by node, every other slot undefined. Setting scattered node ids on an empty
 * array leaves it in dictionary mode, where every lookup is a hash probe, and copying such an array slot by slot
 * cost a third of the start-up time; an array allocated at its full length and filled stays a plain vector.
 */
function dense<Value>(byNode: ReadonlyMap<number, Value>): (Value | undefined)[] {
  let length = 0;
  for (const node of byNode.keys()) length = Math.max(length, node + 1);
  const array = new Array<Value | undefined>(length).fill(undefined);
  for (const [node, value] of byNode) array[node] = value;
  return array;
}

export function setByNode(set: ReadonlySet<string>): (true | undefined)[] {
  return tableByNode(new Map([...set].map((key) => [key, true as const])));
}

/** The entry for the word's normalised form: table.get(word.normalised) for the table tableByNode was given. */
export function lookupWord<Value>(table: readonly (Value | undefined)[], word: WordSpan): Value | undefined {
  return word.node >= 0 ? table[word.node] : undefined;
}

export function registerWords(keys: Iterable<string>): void {
  for (const key of keys) registerWord(key);
}

export class WordSpan {
  readonly start: number;
  readonly end: number;
  readonly isArabic: boolean;
  /** Lexeme trie node of the folded word, or -1 when the word leaves the trie. */
  readonly node: number;
  private readonly text: string;
  private normalisedForm: string | null;

  constructor(text: string, start: number, end: number, isArabic: boolean, node: number) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.isArabic = isArabic;
    this.node = node;
    this.normalisedForm = node >= 0 && (lexemeKeys[node] ?? "") !== "" ? (lexemeKeys[node] ?? null) : null;
  }

  /** Normalised form: Arabic alef/yeh/teh-marbuta folded, diacritics and tatweel removed, Latin lower-cased. */
  get normalised(): string {
    if (this.normalisedForm === null) this.normalisedForm = normaliseWord(this.text.slice(this.start, this.end));
    return this.normalisedForm;
  }

  /** Writes the first out.length code units of the normalised form into out (0 past its end), without building it; returns how many were written. */
  normalisedHead(out: Uint16Array): number {
    out.fill(0);
    if (this.normalisedForm !== null) {
      const count = Math.min(out.length, this.normalisedForm.length);
      for (let index = 0; index < count; index += 1) out[index] = this.normalisedForm.charCodeAt(index);
      return count;
    }
    let count = 0;
    for (let index = this.start; index < this.end && count < out.length; index += 1) {
      const folded = foldedCode(this.text.charCodeAt(index));
      if (folded >= 0) {
        out[count] = folded;
        count += 1;
      }
    }
    return count;
  }

  /** The registered key the word spells, or "" when it spells none. */
  get key(): string {
    return this.node >= 0 ? (lexemeKeys[this.node] ?? "") : "";
  }
}

export function wordEnd(text: string, position: number): number {
  const script = scriptOfUnit[text.charCodeAt(position)] ?? 0;
  if (script === 0) return position;
  let index = position + 1;
  while (index < text.length && scriptOfUnit[text.charCodeAt(index)] === script) index += 1;
  return index;
}

export function wordStart(text: string, position: number): number {
  if (position <= 0) return position;
  const script = scriptOfUnit[text.charCodeAt(position - 1)] ?? 0;
  if (script === 0) return position;
  let index = position - 1;
  while (index > 0 && scriptOfUnit[text.charCodeAt(index - 1)] === script) index -= 1;
  return index;
}

// Words are read again and again around one number (scale? currency? unit? noun? qualifier? label?):
// remember them by start offset, per text.
const wordCacheSize = 64;
const cachedStarts = new Int32Array(wordCacheSize).fill(-1);
const cachedWords: (WordSpan | null)[] = new Array<WordSpan | null>(wordCacheSize).fill(null);
let cachedText = "";

function cachedWordAt(text: string, start: number): WordSpan | null {
  if (text !== cachedText) {
    cachedText = text;
    cachedStarts.fill(-1);
    cachedWords.fill(null);
    cachedEnds.fill(-1);
    cachedWordsByEnd.fill(null);
    return null;
  }
  const slot = start & (wordCacheSize - 1);
  return cachedStarts[slot] === start ? (cachedWords[slot] ?? null) : null;
}

/** Reads the word starting at start (a letter), walking the lexeme trie on the way. */
function buildWord(text: string, start: number): WordSpan {
  const script = scriptOfUnit[text.charCodeAt(start)] ?? 0;
  const length = text.length;
  const transitions = lexemeTransitions;
  let node = 0;
  let index = start;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (scriptOfUnit[code] !== script) break;
    if (node >= 0) {
      const symbol = lexemeSymbolOf[code] ?? noSymbol;
      if (symbol !== ignorableSymbol) node = symbol < 0 ? -1 : (transitions[node * lexemeSymbolCount + symbol] ?? 0) || -1;
    }
    index += 1;
  }
  const word = new WordSpan(text, start, index, script === 1, node);
  const slot = start & (wordCacheSize - 1);
  cachedStarts[slot] = start;
  cachedWords[slot] = word;
  return word;
}

/** The word starting at position (after spaces), or null when something else comes first. */
export function readWord(text: string, position: number): WordSpan | null {
  const start = skipSpaces(text, position);
  if (start >= text.length || scriptOfUnit[text.charCodeAt(start)] === 0) return null;
  return cachedWordAt(text, start) ?? buildWord(text, start);
}

// The same words are asked for backwards too (qualifier? label? month? count?): remembered by end offset.
const cachedEnds = new Int32Array(wordCacheSize).fill(-1);
const cachedWordsByEnd: (WordSpan | null)[] = new Array<WordSpan | null>(wordCacheSize).fill(null);

/** The word ending at position (before spaces), or null. */
export function readPreviousWord(text: string, position: number): WordSpan | null {
  const end = skipSpacesBackward(text, position);
  if (end === 0 || scriptOfUnit[text.charCodeAt(end - 1)] === 0) return null;
  const endSlot = end & (wordCacheSize - 1);
  if (text === cachedText && cachedEnds[endSlot] === end) {
    const byEnd = cachedWordsByEnd[endSlot];
    if (byEnd !== null && byEnd !== undefined) return byEnd;
  }
  const start = wordStart(text, end);
  let word = cachedWordAt(text, start);
  if (word === null || word.end !== end) {
    word = buildWord(text, start);
    // position fell inside a word: the span stops there.
    if (word.end !== end) word = spanOf(text, start, end);
  }
  cachedEnds[endSlot] = end;
  cachedWordsByEnd[endSlot] = word;
  return word;
}

function spanOf(text: string, start: number, end: number): WordSpan {
  const script = scriptOfUnit[text.charCodeAt(start)] ?? 0;
  let node = 0;
  for (let index = start; index < end && node >= 0; index += 1) {
    const symbol = lexemeSymbolOf[text.charCodeAt(index)] ?? noSymbol;
    if (symbol !== ignorableSymbol) node = symbol < 0 ? -1 : (lexemeTransitions[node * lexemeSymbolCount + symbol] ?? 0) || -1;
  }
  return new WordSpan(text, start, end, script === 1, node);
}

/** normaliseWord for one code unit: the folded code, or -1 when it is dropped (diacritics, tatweel). */
function foldedCode(code: number): number {
  if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) return -1;
  if (code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671) return 0x627;
  if (code === 0x649) return 0x64a;
  if (code === 0x629) return 0x647;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return code;
}

export function normaliseWord(raw: string): string {
  let needsFolding = false;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (
      (code >= 0x64b && code <= 0x65f) ||
      code === 0x670 ||
      code === 0x640 ||
      code === 0x623 ||
      code === 0x625 ||
      code === 0x622 ||
      code === 0x671 ||
      code === 0x649 ||
      code === 0x629 ||
      (code >= 0x41 && code <= 0x5a)
    ) {
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
  "",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "ال",
  "وب",
  "ول",
  "وك",
  "فب",
  "فل",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "وبال",
  "ولل",
  "فلل",
  "فبال",
  "وكال",
  "فكال",
];

export interface CliticMatch<Entry> {
  entry: Entry;
  prefix: string;
  hasArticle: boolean;
}

/**
 * A table keyed by every clitic-prefixed form of its words, so a lookup is one array access (by the word's
 * lexeme node) rather than one per possible prefix. The shortest prefix wins when two readings collide.
 */
export function createCliticIndex<Entry>(
  table: ReadonlyMap<string, Entry>,
  allowedPrefixes: readonly string[] = arabicCliticPrefixes,
): (word: WordSpan) => CliticMatch<Entry> | null {
  const byNode = new Map<number, CliticMatch<Entry>>();
  for (const prefix of allowedPrefixes) {
    for (const [word, entry] of table) {
      // لل replaces ل + ال: "للمرة" is ل + المرة.
      const node = registerWord(prefix + word);
      if (node < 0) throw new Error(`clitic index key outside the lexeme alphabet: ${prefix + word}`);
      if (!byNode.has(node)) byNode.set(node, { entry, prefix, hasArticle: prefix.endsWith("ال") || prefix.endsWith("لل") });
    }
  }
  const byNodeDense = dense(byNode);
  return (word) => (word.node >= 0 ? (byNodeDense[word.node] ?? null) : null);
}

/** createCliticIndex for keys that are phrases (two-word country names): looked up by normalised text. */
export function createCliticPhraseIndex<Entry>(
  table: ReadonlyMap<string, Entry>,
  allowedPrefixes: readonly string[] = arabicCliticPrefixes,
): (normalised: string) => CliticMatch<Entry> | null {
  const index = new Map<string, CliticMatch<Entry>>();
  for (const prefix of allowedPrefixes) {
    for (const [word, entry] of table) {
      const key = prefix + word;
      registerWord(key); // single-word keys: a word spelling one carries it as its key
      if (!index.has(key)) index.set(key, { entry, prefix, hasArticle: prefix.endsWith("ال") || prefix.endsWith("لل") });
    }
  }
  return (normalised) => index.get(normalised) ?? null;
}

export function isArabicCliticPrefix(normalised: string): boolean {
  return arabicCliticPrefixes.includes(normalised);
}
