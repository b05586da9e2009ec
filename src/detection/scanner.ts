// The single pass over the text. It walks char codes, never allocating per character or per word, and
// reports where a numeric expression may start (a digit run, a number word) and where a scope word
// (a demonym or a country) occurs. Words are matched against a small trie of bare stems, trying the
// handful of Arabic clitic prefixes (و، ف، ب، ل، ك، ال …) in front of each stem.
import {
  arabicCountries,
  arabicDemonyms,
  arabicNumberWords,
  arabicOrdinals,
  englishCountries,
  englishDemonyms,
  englishNationalityAdjectives,
  englishNumberWords,
  englishOrdinals,
} from "./lexicon";

const nonLetter = -1;
const ignorable = -2; // tashkeel and tatweel: inside a word, not part of its spelling
const foreignLetter = -3; // a letter outside the trie's alphabet: the word goes on but cannot match
const arabicSymbolCount = 42;
const symbolCount = arabicSymbolCount + 26;

const symbolOf = new Int8Array(0x700).fill(nonLetter);
for (let code = 0x621; code <= 0x64a; code += 1) symbolOf[code] = code - 0x621;
for (const code of [0x623, 0x625, 0x622]) symbolOf[code] = 0x627 - 0x621; // alef with hamza or madda → alef
symbolOf[0x649] = 0x64a - 0x621; // alef maqsura → yeh
symbolOf[0x629] = 0x647 - 0x621; // teh marbuta → heh
for (let code = 0x64b; code <= 0x65f; code += 1) symbolOf[code] = ignorable;
symbolOf[0x670] = ignorable;
symbolOf[0x640] = ignorable;
for (let code = 0x671; code <= 0x6d3; code += 1) symbolOf[code] = foreignLetter;
symbolOf[0x671] = 0x627 - 0x621;
for (let code = 0x41; code <= 0x5a; code += 1) symbolOf[code] = arabicSymbolCount + code - 0x41;
for (let code = 0x61; code <= 0x7a; code += 1) symbolOf[code] = arabicSymbolCount + code - 0x61;
for (let code = 0xc0; code <= 0x24f; code += 1) if (code !== 0xd7 && code !== 0xf7) symbolOf[code] = foreignLetter;

const isAnchorFlag = 1;
const isScopeFlag = 2;

/** Trie of bare stems over the folded alphabet; node 0 is the root, and a 0 transition means "no child". */
class StemTrie {
  private transitions = new Int32Array(symbolCount * 256);
  private flags = new Uint8Array(256);
  private nodeCount = 1;

  add(normalisedWord: string, flag: number): void {
    let node = 0;
    for (let index = 0; index < normalisedWord.length; index += 1) {
      const code = normalisedWord.charCodeAt(index);
      const symbol = code < 0x700 ? (symbolOf[code] ?? nonLetter) : nonLetter;
      if (symbol < 0) return; // spaces (two-word names) and foreign letters: the first word is enough
      const slot = node * symbolCount + symbol;
      let child = this.transitions[slot] ?? 0;
      if (child === 0) {
        child = this.allocate();
        this.transitions[slot] = child;
      }
      node = child;
    }
    this.flags[node] = (this.flags[node] ?? 0) | flag;
  }

  private allocate(): number {
    if (this.nodeCount === this.flags.length) {
      const transitions = new Int32Array(this.transitions.length * 2);
      transitions.set(this.transitions);
      this.transitions = transitions;
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.nodeCount += 1;
    return this.nodeCount - 1;
  }

  /** Flags of the stem text[start, end), or 0. */
  match(text: string, start: number, end: number): number {
    let node = 0;
    for (let index = start; index < end; index += 1) {
      const code = text.charCodeAt(index);
      const symbol = code < 0x700 ? (symbolOf[code] ?? nonLetter) : nonLetter;
      if (symbol === ignorable) continue;
      if (symbol < 0) return 0;
      node = this.transitions[node * symbolCount + symbol] ?? 0;
      if (node === 0) return 0;
    }
    return this.flags[node] ?? 0;
  }
}

const trie = new StemTrie();
for (const word of [...arabicNumberWords.keys(), ...arabicOrdinals.keys(), ...englishNumberWords.keys(), ...englishOrdinals.keys()]) trie.add(word, isAnchorFlag);
for (const word of [...arabicDemonyms.keys(), ...englishDemonyms.keys(), ...englishNationalityAdjectives.keys()]) trie.add(word, isScopeFlag);
for (const name of [...arabicCountries.keys(), ...englishCountries.keys()]) {
  const words = name.split(" ");
  const head = words[0] === "the" ? words[1] : words[0];
  if (head !== undefined) trie.add(head, isScopeFlag);
  if (name.startsWith("ال")) trie.add(name.slice(2), isScopeFlag); // لبريطانيا، بالهند
}

const alef = 0x627 - 0x621;
const lam = 0x644 - 0x621;
const waw = 0x648 - 0x621;
const fa = 0x641 - 0x621;
const ba = 0x628 - 0x621;
const kaf = 0x643 - 0x621;

function isConjunction(symbol: number): boolean {
  return symbol === waw || symbol === fa;
}

function isPreposition(symbol: number): boolean {
  return symbol === ba || symbol === lam || symbol === kaf;
}

export interface ScanResult {
  /** Offsets where a digit run or a number word starts, ascending. */
  anchors: number[];
  /** Offsets of words that may name a scope (الهنود، India), ascending, as [start, end] pairs. */
  scopeWords: number[];
}

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

function isSeparatorCode(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x66b || code === 0x66c;
}

export function scanText(text: string): ScanResult {
  const anchors: number[] = [];
  const scopeWords: number[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) {
      anchors.push(index);
      index += 1;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (isDigitCode(next) || (isSeparatorCode(next) && isDigitCode(text.charCodeAt(index + 1)))) index += 1;
        else break;
      }
      continue;
    }
    const symbol = code < 0x700 ? (symbolOf[code] ?? nonLetter) : nonLetter;
    if (symbol === nonLetter || symbol === ignorable) {
      index += 1;
      continue;
    }
    const start = index;
    index += 1;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (next >= 0x700 || (symbolOf[next] ?? nonLetter) === nonLetter) break;
      index += 1;
    }
    const flags = classifyWord(text, start, index, symbol);
    if ((flags & isAnchorFlag) !== 0) anchors.push(start);
    if ((flags & isScopeFlag) !== 0) scopeWords.push(start, index);
  }
  return { anchors, scopeWords };
}

/** Tries the bare word, then the stem after each clitic combination its first letters allow. */
function classifyWord(text: string, start: number, end: number, firstSymbol: number): number {
  let flags = trie.match(text, start, end);
  if (flags !== 0 || firstSymbol >= arabicSymbolCount || firstSymbol < 0 || end - start < 3) return flags;
  let stem = start;
  if (isConjunction(firstSymbol)) {
    stem += 1;
    flags = trie.match(text, stem, end);
    if (flags !== 0) return flags;
  }
  const second = symbolAt(text, stem);
  if (isPreposition(second)) {
    flags = trie.match(text, stem + 1, end);
    if (flags !== 0) return flags;
    if (second === lam && symbolAt(text, stem + 1) === lam) return trie.match(text, stem + 2, end); // لل = ل + ال
    if (second !== lam && symbolAt(text, stem + 1) === alef && symbolAt(text, stem + 2) === lam) return trie.match(text, stem + 3, end);
    return 0;
  }
  if (second === alef && symbolAt(text, stem + 1) === lam) return trie.match(text, stem + 2, end);
  return 0;
}

function symbolAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 0x700 ? (symbolOf[code] ?? nonLetter) : nonLetter;
}
