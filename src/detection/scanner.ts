// The single pass over the text. It walks char codes, never allocating per character or per word, and
// reports where a numeric expression may start (a digit run, a number word) and where a scope word
// (a demonym or a country) occurs. Words are matched against a small trie of bare stems, trying the
// handful of Arabic clitic prefixes (و، ف، ب، ل، ك، ال …) in front of each stem.
import {
  arabicCountries,
  arabicCurrencyCities,
  arabicDemonyms,
  arabicFeminineAdjectives,
  arabicMasculineNisbas,
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
const digit = -4;
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
for (const [first, last] of [
  [0x30, 0x39],
  [0x660, 0x669],
  [0x6f0, 0x6f9],
] as const)
  for (let code = first; code <= last; code += 1) symbolOf[code] = digit;

const isAnchorFlag = 1;
const isScopeFlag = 2;

/** Trie of bare stems over the folded alphabet; node 0 is the root, and a 0 transition means "no child". */
class StemTrie {
  transitions = new Int32Array(symbolCount * 256);
  flags = new Uint8Array(256);
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
for (const word of [...arabicNumberWords.keys(), ...arabicOrdinals.keys(), ...englishNumberWords.keys(), ...englishOrdinals.keys()])
  trie.add(word, isAnchorFlag);
for (const word of [
  ...arabicDemonyms.keys(),
  ...arabicFeminineAdjectives.keys(),
  ...arabicMasculineNisbas.keys(),
  ...englishDemonyms.keys(),
  ...englishNationalityAdjectives.keys(),
])
  trie.add(word, isScopeFlag);
// Cities are flagged too: a bare dinar or dirham takes the currency of the city named before it (see detect.ts).
for (const city of arabicCurrencyCities.keys()) {
  const last = city.split(" ").at(-1) ?? city;
  trie.add(last.startsWith("ال") ? last.slice(2) : last, isScopeFlag);
}
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

/** A growable list of offsets. The scanner reuses its lists from one call to the next. */
export class OffsetList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
}

const anchorList = new OffsetList();
const scopeWordList = new OffsetList();
const boundaryList = new OffsetList();

/** The lists are reused: valid until the next scanText call. */
export interface ScanResult {
  /** Offsets where a digit run or a number word starts, ascending. */
  anchors: OffsetList;
  /** Offsets of words that may name a scope (الهنود، India), ascending, as [start, end] pairs. */
  scopeWords: OffsetList;
  /** Offsets of clause boundaries (. , ; ! ? ، ؛ ؟ and line breaks; a point or comma between digits is none), ascending. */
  boundaries: OffsetList;
}

const scanResult: ScanResult = { anchors: anchorList, scopeWords: scopeWordList, boundaries: boundaryList };

/** 1: always a clause boundary; 2: a point or comma, a boundary unless between digits. */
const boundaryKind = new Uint8Array(0x10000);
for (const code of [0x0a, 0x21, 0x3f, 0x61f, 0x61b, 0x3b, 0x60c]) boundaryKind[code] = 1;
boundaryKind[0x2e] = 2;
boundaryKind[0x2c] = 2;

function isSeparatorCode(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x66b || code === 0x66c;
}

function symbolOfCode(code: number): number {
  return code < 0x700 ? (symbolOf[code] ?? nonLetter) : nonLetter;
}

/** symbolOf over every UTF-16 code unit, so the hot loop indexes it without a range test. */
const symbolOfUnit = new Int8Array(0x10000).fill(nonLetter);
symbolOfUnit.set(symbolOf);
/** 1 where a word goes on: letters, foreign letters, diacritics and tatweel. */
const continuesWord = new Uint8Array(0x10000);
for (let code = 0; code < symbolOf.length; code += 1) {
  const symbol = symbolOf[code] ?? nonLetter;
  if (symbol !== nonLetter && symbol !== digit) continuesWord[code] = 1;
}

export function scanText(text: string): ScanResult {
  const anchors = anchorList;
  const scopeWords = scopeWordList;
  const boundaries = boundaryList;
  anchors.length = 0;
  scopeWords.length = 0;
  boundaries.length = 0;
  cliticTrie ??= buildCliticTrie();
  const transitions = cliticTrie.transitions;
  const trieFlags = cliticTrie.flags;
  const symbols = symbolOfUnit;
  const inWord = continuesWord;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const symbol = symbols[code] ?? nonLetter;
    if (symbol === nonLetter || symbol === ignorable) {
      const kind = boundaryKind[code] ?? 0;
      if (kind !== 0 && (kind === 1 || !(symbolOfCode(text.charCodeAt(index - 1)) === digit && symbolOfCode(text.charCodeAt(index + 1)) === digit)))
        boundaries.push(index);
      index += 1;
      continue;
    }
    if (symbol === digit) {
      anchors.push(index);
      index += 1;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (symbolOfCode(next) === digit || (isSeparatorCode(next) && symbolOfCode(text.charCodeAt(index + 1)) === digit)) index += 1;
        else break;
      }
      continue;
    }
    // A word: walk the trie for the bare word while finding its end (-1 once no stem can match).
    const start = index;
    // The walk is over cliticTrie, which spells every stem with each clitic combination in front.
    let node = symbol >= 0 ? (transitions[symbol] ?? 0) || -1 : -1;
    let isPlain = true;
    index += 1;
    while (node > 0 && index < length) {
      const next = symbols[text.charCodeAt(index)] ?? nonLetter;
      if (next === nonLetter || next === digit) break;
      if (next !== ignorable) node = next >= 0 ? (transitions[node * symbolCount + next] ?? 0) || -1 : -1;
      else isPlain = false;
      index += 1;
    }
    // No stem can match any more: only the word's end is wanted.
    while (index < length && inWord[text.charCodeAt(index)] === 1) index += 1;
    // Tashkeel or tatweel between the clitic letters changes which readings apply: those rare words are read letter by letter.
    const flags = node <= 0 ? 0 : isPlain ? (trieFlags[node] ?? 0) : classifyWord(text, start, index);
    if ((flags & isAnchorFlag) !== 0) anchors.push(start);
    if ((flags & isScopeFlag) !== 0) {
      scopeWords.push(start);
      scopeWords.push(index);
    }
  }
  // One result object for every call: building a literal after the loop made optimised code bail out on each call.
  return scanResult;
}

/** The bare word did not match: tries the stem after each clitic combination its first letters allow. */
function classifyPrefixed(text: string, start: number, end: number, firstSymbol: number): number {
  let flags = 0;
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
  return symbolOfCode(text.charCodeAt(index));
}

/** The flags the scan gives the word text[start, end): its bare stem's, else those of a clitic reading. */
function classifyWord(text: string, start: number, end: number): number {
  const first = symbolAt(text, start);
  const flags = trie.match(text, start, end);
  if (flags === 0 && end - start >= 3 && (isConjunction(first) || isPreposition(first) || first === alef)) return classifyPrefixed(text, start, end, first);
  return flags;
}

/**
 * Every stem with each clitic combination classifyPrefixed can strip in front, flagged with what classifyWord
 * gives that spelling, so a word without tashkeel or tatweel is classified by one walk. A word no path spells
 * gets 0 from classifyWord too: any reading it has is a clitic combination and a stem, which this trie spells.
 * Identical subtrees (a stem's letters after each prefix) are shared, which keeps the table small.
 */
function buildCliticTrie(): { transitions: Int32Array; flags: Uint8Array } {
  const prefixes: number[][] = [];
  for (const conjunction of [[], [waw], [fa]]) {
    for (const rest of [[], [ba], [lam], [kaf], [lam, lam], [ba, alef, lam], [kaf, alef, lam], [alef, lam]]) prefixes.push([...conjunction, ...rest]);
  }
  const spellingOf = (symbol: number): string => {
    const code = symbol < arabicSymbolCount ? 0x621 + symbol : 0x61 + symbol - arabicSymbolCount;
    if (symbolOfCode(code) !== symbol) throw new Error(`scanner symbol without a spelling: ${symbol}`);
    return String.fromCharCode(code);
  };
  // The stem trie's edges, listed once: (symbol, child) pairs per node.
  const stemEdges: number[][] = [];
  const listEdges = (node: number): void => {
    const list: number[] = [];
    stemEdges[node] = list;
    for (let symbol = 0; symbol < symbolCount; symbol += 1) {
      const child = trie.transitions[node * symbolCount + symbol] ?? 0;
      if (child === 0) continue;
      list.push(symbol, child);
      listEdges(child);
    }
  };
  listEdges(0);
  // The full trie first (children always numbered after their parent), then identical subtrees shared. Nodes are
  // rows of parallel number arrays with their children as a sibling chain: a table of every symbol for each node
  // would be mostly empty, and an array object per node made this build the bulk of the first call's time.
  const firstChild = [0];
  const nextSibling = [0];
  const nodeSymbol = [0];
  const wordFlags = [0];
  const childOf = (node: number, symbol: number): number => {
    let last = 0;
    for (let child = firstChild[node] ?? 0; child !== 0; child = nextSibling[child] ?? 0) {
      if (nodeSymbol[child] === symbol) return child;
      last = child;
    }
    const child = nodeSymbol.length;
    firstChild.push(0);
    nextSibling.push(0);
    nodeSymbol.push(symbol);
    wordFlags.push(0);
    if (last === 0) firstChild[node] = child;
    else nextSibling[last] = child;
    return child;
  };
  // Every stem after every prefix: a walk of the stem trie below each prefix's node, spelling the path as it goes.
  const path: string[] = [];
  const addStems = (stemNode: number, fullNode: number): void => {
    if ((trie.flags[stemNode] ?? 0) !== 0) {
      const spelled = path.join("");
      wordFlags[fullNode] = classifyWord(spelled, 0, spelled.length);
    }
    const list = stemEdges[stemNode] ?? [];
    for (let index = 0; index < list.length; index += 2) {
      const symbol = list[index] ?? 0;
      path.push(spellingOf(symbol));
      addStems(list[index + 1] ?? 0, childOf(fullNode, symbol));
      path.pop();
    }
  };
  for (const prefix of prefixes) {
    let node = 0;
    for (const symbol of prefix) node = childOf(node, symbol);
    path.length = 0;
    for (const symbol of prefix) path.push(spellingOf(symbol));
    addStems(0, node);
  }
  const fullCount = nodeSymbol.length;
  const sharedId = new Int32Array(fullCount);
  // A node's signature is its flags and its (symbol, shared child) pairs; most nodes have at most one child,
  // and their signature fits in one small integer.
  const idBySignature = new Map<string, number>();
  const idBySmallSignature = new Map<number, number>();
  let nodeCount = 1; // 0 is the root, never shared
  const pairs: number[] = [];
  for (let node = fullCount - 1; node > 0; node -= 1) {
    const only = firstChild[node] ?? 0;
    const nodeFlags = wordFlags[node] ?? 0;
    let id: number | undefined;
    if (only === 0 || nextSibling[only] === 0) {
      const signature = only === 0 ? -1 - nodeFlags : nodeFlags * 0x8000000 + (nodeSymbol[only] ?? 0) * 0x100000 + (sharedId[only] ?? 0);
      id = idBySmallSignature.get(signature);
      if (id === undefined) {
        id = nodeCount;
        nodeCount += 1;
        idBySmallSignature.set(signature, id);
      }
    } else {
      pairs.length = 0;
      for (let child = only; child !== 0; child = nextSibling[child] ?? 0) pairs.push((nodeSymbol[child] ?? 0) * 0x100000 + (sharedId[child] ?? 0));
      pairs.sort((left, right) => left - right);
      const signature = `${nodeFlags},${pairs.join(",")}`;
      id = idBySignature.get(signature);
      if (id === undefined) {
        id = nodeCount;
        nodeCount += 1;
        idBySignature.set(signature, id);
      }
    }
    sharedId[node] = id;
  }
  const transitions = new Int32Array(nodeCount * symbolCount);
  const flags = new Uint8Array(nodeCount);
  for (let node = 0; node < fullCount; node += 1) {
    const id = sharedId[node] ?? 0;
    flags[id] = wordFlags[node] ?? 0;
    for (let child = firstChild[node] ?? 0; child !== 0; child = nextSibling[child] ?? 0)
      transitions[id * symbolCount + (nodeSymbol[child] ?? 0)] = sharedId[child] ?? 0;
  }
  return { transitions, flags };
}

/** Built on the first scan rather than on import: building it takes a few tens of milliseconds. */
let cliticTrie: { transitions: Int32Array; flags: Uint8Array } | null = null;
