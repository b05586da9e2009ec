// npm run bench -- anchoring: re-anchors 1,000 claims on a ~1M-character mixed Arabic/English article after
// about 2% random edits, comparing our engine with Hypothesis-style baselines (approx-string-match, and
// diff-match-patch's match_main as dom-anchor-text-quote used it) on the same claims, in the same run.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import approximateSearch from "approx-string-match";
import DiffMatchPatch from "diff-match-patch";
import { createAnchorer, describe } from "../src/anchoring/index";
import type { TextPositionSelector, TextQuoteSelector } from "../src/anchoring/index";

const TARGET_TEXT_LENGTH = 1_000_000;
const CLAIM_COUNT = 1_000;
const EDITED_SHARE = 0.02;
const SEED = 20_260_101;

/** Mulberry32: small, fast and reproducible across runs and machines. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(SEED);
const randomInteger = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
function pick<Item>(items: readonly Item[]): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

// Small vocabularies on purpose: sentences share most of their words, so passages are lookalikes of each other.
const arabicSources = ["قالت صحيفة ديلي ميل", "أفادت وكالة الأنباء", "ذكر تقرير رسمي", "أعلنت وزارة الاقتصاد", "قال المتحدث باسم الشركة", "كشفت دراسة حديثة"];
const arabicSubjects = ["عدد الرسائل المبعوثة", "عدد المستخدمين", "حجم الصادرات", "معدل البطالة", "عدد الزوار", "إنتاج القمح", "عدد الحسابات التجارية"];
const arabicVerbs = ["بلغ", "تجاوز", "ارتفع إلى", "انخفض إلى", "وصل إلى", "استقر عند"];
const arabicUnits = ["مليار رسالة", "مليون مستخدم", "في المئة", "ألف طن", "مليون زائر", "مليار دولار"];
const arabicPlaces = ["في مصر", "في المغرب", "في الهند", "حول العالم", "في بريطانيا", "في دول الخليج", "في ليلة رأس السنة"];
const arabicTails = [
  "وهو رقم قياسي جديد.",
  "مقارنة بالعام الماضي.",
  "بحسب الأرقام الرسمية.",
  "وفق ما نقلته الصحيفة.",
  "ما يشكل ارتفاعا جديدا في شعبية التطبيق.",
];
const englishSources = [
  "The Daily Mail reported that",
  "According to the ministry,",
  "A company spokesperson said",
  "Official figures show that",
  "A recent study found that",
];
const englishSubjects = [
  "the number of messages sent",
  "the number of users",
  "exports",
  "the unemployment rate",
  "the number of visitors",
  "wheat production",
];
const englishVerbs = ["reached", "exceeded", "rose to", "fell to", "hit", "stayed at"];
const englishUnits = ["billion messages", "million users", "percent", "thousand tonnes", "million visitors", "billion dollars"];
const englishPlaces = ["in Egypt", "in Morocco", "in India", "worldwide", "in Britain", "across the Gulf", "on New Year's Eve"];
const englishTails = ["a new record.", "compared with last year.", "according to official data.", "the paper said.", "up from 2019 🎉."];

function randomFigure(): string {
  const figure = String(pick([randomInteger(1, 99), randomInteger(100, 999), randomInteger(1, 20) * 50, randomInteger(1990, 2025)]));
  return random() < 0.1 ? figure.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit))) : figure;
}

function arabicSentence(): string {
  return `${pick(arabicSources)} إن ${pick(arabicSubjects)} ${pick(arabicVerbs)} ${randomFigure()} ${pick(arabicUnits)} ${pick(arabicPlaces)} ${pick(arabicTails)}`;
}

function englishSentence(): string {
  return `${pick(englishSources)} ${pick(englishSubjects)} ${pick(englishVerbs)} ${randomFigure()} ${pick(englishUnits)} ${pick(englishPlaces)}, ${pick(englishTails)}`;
}

function generateArticle(seedSentences: readonly string[]): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < TARGET_TEXT_LENGTH) {
    const isArabic = random() < 0.6;
    const sentences: string[] = [];
    for (let count = randomInteger(2, 6); count > 0; count--) {
      // Verbatim sentences from the seed article recur, as ledes repeat in bodies.
      sentences.push(random() < 0.1 ? pick(seedSentences) : isArabic ? arabicSentence() : englishSentence());
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}

function randomInsertion(length: number): string {
  let material = "";
  while (material.length < length) material += ` ${random() < 0.6 ? arabicSentence() : englishSentence()}`;
  return material.slice(0, length);
}

/** Old text [start, end) replaced by `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff;
}

function addDiacritics(word: string): string {
  return word.replace(/[\u0628-\u064a]/g, (letter) => letter + pick(["\u064e", "\u064f", "\u0650", "", ""]));
}

function generateEdits(text: string, claims: readonly { start: number; end: number }[]): Edit[] {
  const edits: Edit[] = [];
  let budget = Math.round(text.length * EDITED_SHARE);
  // Some edits land inside quotes on purpose: figures updated, words replaced.
  for (const claim of claims) {
    if (random() >= 0.05 || claim.end - claim.start < 8) continue;
    const start = randomInteger(claim.start, claim.end - 3);
    const end = start + randomInteger(1, 3);
    edits.push({ start, end, insert: randomInsertion(randomInteger(1, 3)) });
  }
  for (const edit of edits) budget -= Math.max(edit.end - edit.start, edit.insert.length);
  while (budget > 0) {
    const start = randomInteger(0, text.length - 40);
    const kind = random();
    let edit: Edit;
    if (kind < 0.35) edit = { start, end: start, insert: randomInsertion(randomInteger(1, 30)) };
    else if (kind < 0.65) edit = { start, end: start + randomInteger(1, 30), insert: "" };
    else if (kind < 0.9) edit = { start, end: start + randomInteger(1, 20), insert: randomInsertion(randomInteger(1, 20)) };
    else {
      // Typographic edits that do not change meaning: tashkeel added, digits converted, spaces doubled.
      const end = start + randomInteger(4, 12);
      const original = text.slice(start, end);
      edit = {
        start,
        end,
        insert: addDiacritics(original)
          .replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)))
          .replace(/ /g, "  "),
      };
    }
    edits.push(edit);
    budget -= Math.max(edit.end - edit.start, edit.insert.length);
  }
  edits.sort((first, second) => first.start - second.start || first.end - second.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  for (const edit of edits) {
    if (edit.start <= lastEnd || isInsideSurrogatePair(text, edit.start) || isInsideSurrogatePair(text, edit.end)) continue;
    kept.push(edit);
    lastEnd = edit.end;
  }
  return kept;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.insert);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

type ClaimFate = "intact" | "edited" | "destroyed";

export interface TrackedClaim {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  fate: ClaimFate;
  /** Where the claim's range went in the new text. */
  expectedStart: number;
  expectedEnd: number;
  /** How far the range boundaries may honestly move for an edited quote. */
  tolerance: number;
}

/** Follows each claim's range through the edits: an insertion at a boundary stays outside the range. */
function trackClaim(claim: { start: number; end: number }, edits: readonly Edit[]): Omit<TrackedClaim, "quote" | "position"> {
  let startShift = 0;
  let endShift = 0;
  let expectedStart = -1;
  let expectedEnd = -1;
  let removedInside = 0;
  let tolerance = 0;
  let isEdited = false;
  for (const edit of edits) {
    const delta = edit.insert.length - (edit.end - edit.start);
    if (edit.end <= claim.start) startShift += delta;
    else if (edit.start < claim.start && expectedStart === -1) expectedStart = edit.start + startShift + edit.insert.length;
    if (edit.end <= claim.end && !(edit.start === edit.end && edit.start === claim.end)) endShift += delta;
    else if (edit.start < claim.end && expectedEnd === -1) expectedEnd = edit.start + endShift;
    const touches = edit.start < claim.end && edit.end > claim.start;
    const insertsInside = edit.start === edit.end && edit.start > claim.start && edit.start < claim.end;
    if (touches || insertsInside) {
      isEdited = true;
      removedInside += Math.min(edit.end, claim.end) - Math.max(edit.start, claim.start);
      tolerance += edit.end - edit.start + edit.insert.length;
    }
  }
  if (expectedStart === -1) expectedStart = claim.start + startShift;
  if (expectedEnd === -1) expectedEnd = claim.end + endShift;
  const fate: ClaimFate = removedInside * 2 >= claim.end - claim.start ? "destroyed" : isEdited ? "edited" : "intact";
  return { fate, expectedStart, expectedEnd: Math.max(expectedStart, expectedEnd), tolerance };
}

function pickClaimRanges(text: string): { start: number; end: number }[] {
  const claims: { start: number; end: number }[] = [];
  const isBoundary = (offset: number): boolean => offset <= 0 || offset >= text.length || /[\s.,،]/.test(text[offset - 1] ?? " ");
  while (claims.length < CLAIM_COUNT) {
    const roll = random();
    const length = roll < 0.3 ? randomInteger(2, 15) : roll < 0.8 ? randomInteger(16, 150) : roll < 0.95 ? randomInteger(151, 600) : randomInteger(1000, 1500);
    let start = randomInteger(0, text.length - length - 1);
    while (!isBoundary(start)) start++;
    let end = Math.min(text.length, start + length);
    while (end < text.length && !/[\s.,،]/.test(text[end] ?? " ")) end++;
    if (text.slice(start, end).trim().length === 0 || isInsideSurrogatePair(text, end)) continue;
    claims.push({ start, end });
  }
  return claims;
}

type EngineResult = { start: number; end: number } | null;
type Engine = (claim: TrackedClaim) => EngineResult;
/** Re-anchors all claims of the article at once (ours batches; the baselines go claim by claim). */
type BatchEngine = (claims: readonly TrackedClaim[]) => EngineResult[];
const oneByOne =
  (build: (text: string) => Engine) =>
  (text: string): BatchEngine => {
    const engine = build(text);
    return (claims) => claims.map(engine);
  };

// Hypothesis client's match-quote.ts, as published: exact matches first, else approx-string-match with
// maxErrors = min(256, quote length / 2), candidates scored on quote 50, prefix 20, suffix 20, position 2.
function hypothesisSearch(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const exactMatches: { start: number; end: number; errors: number }[] = [];
  for (let index = text.indexOf(pattern); index !== -1; index = text.indexOf(pattern, index + 1)) {
    exactMatches.push({ start: index, end: index + pattern.length, errors: 0 });
  }
  return exactMatches.length > 0 ? exactMatches : approximateSearch(text, pattern, maxErrors);
}

function hypothesisTextMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const first = hypothesisSearch(text, pattern, pattern.length)[0];
  return first === undefined ? 0 : 1 - first.errors / pattern.length;
}

function hypothesisMatchQuote(text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): EngineResult {
  if (quote.length === 0) return null;
  const matches = hypothesisSearch(text, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? hypothesisTextMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1;
    const suffixScore = context.suffix ? hypothesisTextMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - context.hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (best === null || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

function createHypothesisEngine(text: string): Engine {
  return ({ quote, position }) => {
    // Hypothesis tries the position selector first and keeps it when the text there equals the quote.
    if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
    return hypothesisMatchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
  };
}

// dom-anchor-text-quote (Hypothesis before 2021): match_main on prefix (or suffix), then the quote in
// 32-character slices, Match_Distance = twice the text length.
function createDiffMatchPatchEngine(text: string): Engine {
  const matcher = new DiffMatchPatch();
  matcher.Match_Distance = text.length * 2;
  const sliceLength = matcher.Match_MaxBits;
  return ({ quote, position }) => {
    if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
    const { exact, prefix, suffix } = quote;
    let location = position.start;
    let hasFoundPrefix = false;
    const prefixSlice = prefix.slice(-sliceLength);
    if (prefixSlice.length > 0) {
      const found = matcher.match_main(text, prefixSlice, Math.max(0, location - prefixSlice.length));
      if (found > -1) {
        location = found + prefixSlice.length;
        hasFoundPrefix = true;
      }
    }
    const suffixSlice = suffix.slice(0, sliceLength);
    if (!hasFoundPrefix && suffixSlice.length > 0) {
      const found = matcher.match_main(text, suffixSlice, location + exact.length);
      if (found > -1) location = found - exact.length;
    }
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (let offset = 0; offset < exact.length; offset += sliceLength) {
      const slice = exact.slice(offset, offset + sliceLength);
      const found = matcher.match_main(text, slice, Math.max(0, location));
      if (found === -1) return null;
      start = Math.min(start, found);
      end = Math.max(end, found + slice.length);
      location = found + slice.length;
    }
    return { start, end };
  };
}

function createOurSingleEngine(text: string): Engine {
  const anchorer = createAnchorer(text);
  return ({ quote, position }) => {
    const result = anchorer.anchor([quote, position]);
    return result.status === "anchored" ? { start: result.start, end: result.end } : null;
  };
}

function createOurEngine(text: string): BatchEngine {
  const anchorer = createAnchorer(text);
  return (claims) =>
    anchorer
      .anchorAll(claims.map(({ quote, position }) => [quote, position]))
      .map((result) => (result.status === "anchored" ? { start: result.start, end: result.end } : null));
}

type Verdict = "correct" | "misplaced" | "orphan" | "orphanExpected";

export function judge(claim: TrackedClaim, result: EngineResult): Verdict {
  if (result === null) return claim.fate === "destroyed" ? "orphanExpected" : "orphan";
  if (claim.fate === "intact") return result.start === claim.expectedStart && result.end === claim.expectedEnd ? "correct" : "misplaced";
  // An edited quote: the range must overlap its tracked place, each boundary off by no more than the edits touching it.
  const overlaps = result.start < claim.expectedEnd && result.end > claim.expectedStart;
  const isClose = Math.abs(result.start - claim.expectedStart) <= claim.tolerance && Math.abs(result.end - claim.expectedEnd) <= claim.tolerance;
  if (claim.fate === "edited") return overlaps && isClose ? "correct" : "misplaced";
  // A destroyed quote: finding its remains is acceptable, anything elsewhere is a move.
  return overlaps ? "correct" : "misplaced";
}

interface EngineReport {
  name: string;
  correct: number;
  misplaced: number;
  orphans: number;
  orphansExpected: number;
  milliseconds: number;
  claimsRun: number;
}

function runEngine(name: string, build: (text: string) => BatchEngine, text: string, claims: readonly TrackedClaim[]): EngineReport {
  const started = performance.now();
  const results = build(text)(claims);
  const milliseconds = performance.now() - started;
  const report: EngineReport = { name, correct: 0, misplaced: 0, orphans: 0, orphansExpected: 0, milliseconds, claimsRun: claims.length };
  for (const [index, claim] of claims.entries()) {
    const verdict = judge(claim, results[index] ?? null);
    if (verdict === "correct") report.correct++;
    else if (verdict === "misplaced") report.misplaced++;
    else if (verdict === "orphan") report.orphans++;
    else report.orphansExpected++;
  }
  return report;
}

/** The generated article, its edited version and the tracked claims (exported for debugging a run). */
export function buildScenario(): { oldText: string; newText: string; edits: Edit[]; claims: TrackedClaim[] } {
  const seedText = readFileSync(new URL("../src/anchoring/fixtures/whatsapp-new-year-ar.txt", import.meta.url), "utf8");
  const seedSentences = seedText
    .split(/(?<=[.!؟])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
  const oldText = generateArticle(seedSentences);
  const ranges = pickClaimRanges(oldText);
  const edits = generateEdits(oldText, ranges);
  const newText = applyEdits(oldText, edits);
  const claims: TrackedClaim[] = ranges.map((range) => {
    const { quote, position } = describe(oldText, range.start, range.end);
    return { quote, position, ...trackClaim(range, edits) };
  });
  return { oldText, newText, edits, claims };
}

export default async function run(): Promise<void> {
  const { oldText, newText, edits, claims } = buildScenario();
  const editedCharacters = edits.reduce((sum, edit) => sum + Math.max(edit.end - edit.start, edit.insert.length), 0);
  const fates = { intact: 0, edited: 0, destroyed: 0 };
  for (const claim of claims) fates[claim.fate]++;
  const surviving = fates.intact + fates.edited;
  console.log(
    `article: ${oldText.length.toLocaleString("en")} UTF-16 units (${Buffer.byteLength(oldText).toLocaleString("en")} bytes UTF-8); ${edits.length} edits touching ${((100 * editedCharacters) / oldText.length).toFixed(2)}% of it`,
  );
  console.log(
    `claims: ${claims.length} (${fates.intact} with the quote intact, ${fates.edited} with the quote edited, ${fates.destroyed} with over half the quote deleted)`,
  );
  console.log(`correct = anchored exactly on the tracked range (intact), or overlapping it with each boundary within the touching edits' size (edited)`);
  console.log(`placed = correct among the ${surviving} surviving claims; orphans(expected) = destroyed claims left orphan\n`);

  const reports = [
    runEngine("ours: anchorAll (batch)", createOurEngine, newText, claims),
    runEngine("ours: anchor() claim by claim", oneByOne(createOurSingleEngine), newText, claims),
    runEngine("approx-string-match (Hypothesis)", oneByOne(createHypothesisEngine), newText, claims),
    runEngine("diff-match-patch match_main", oneByOne(createDiffMatchPatchEngine), newText, claims),
  ];
  const ours = reports[0];
  const header = ["engine", "placed %", "correct", "misplaced", "orphans", "orphans (expected)", "time ms", "time / ours (batch)"];
  const rows = reports.map((report) => [
    report.name,
    ((100 * report.correct) / surviving).toFixed(2),
    String(report.correct),
    String(report.misplaced),
    String(report.orphans),
    String(report.orphansExpected),
    report.milliseconds.toFixed(0),
    ours === undefined ? "" : `${(report.milliseconds / ours.milliseconds).toFixed(1)}×`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  await Promise.resolve();
}
