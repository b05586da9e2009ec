import { CONTEXT_LENGTH } from "./describe";
import { alignAnchored, alignContextAround, boundedEditDistance, findApproximateEnds, MYERS_WORD_SIZE } from "./edit-distance";
import { normalizeString, normalizeText, toNormalizedOffset, toOriginalRange } from "./normalize-text";
import type { NormalizedText } from "./normalize-text";
import type { AnchorMethod, AnchorResult, AnchorTarget, Selector, TextPositionSelector, TextQuoteSelector } from "./types";

/** Hypothesis's weights for quote, prefix and suffix; position weighs more here because it is measured locally. */
const QUOTE_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.2;
const SUFFIX_WEIGHT = 0.2;
const POSITION_WEIGHT = 0.1;
/**
 * Below this a claim becomes an orphan: an intact quote needs one side of its context (or both partly)
 * and to be near its old place, so the same words in another sentence far away do not qualify.
 */
export const ANCHOR_SCORE_THRESHOLD = 0.8;
/**
 * An edited quote must keep both neighbours at least this similar (random text scores about 0.3–0.45):
 * news articles repeat lede sentences in the body, and a reworded copy with one shared side is a lookalike.
 */
const MIN_CONTEXT_SCORE_FOR_EDITED_QUOTE = 0.6;
/**
 * A quote this short (a figure, a word) says little by itself: its two context scores must add up to
 * SHORT_QUOTE_MIN_CONTEXT_SUM, i.e. one side nearly intact or both largely so.
 */
const SHORT_QUOTE_LENGTH = 16;
const SHORT_QUOTE_MIN_CONTEXT_SUM = 1.5;
/**
 * Right where the claim should be (folded units, after drift), one intact side of context is enough,
 * the other may have been damaged by the same edit; and when both sides are intact there, whatever lies
 * between them is the claim's text now, however much it was edited (up to MAX_ERROR_RATE).
 */
const NEAR_DISTANCE = 64;
const INTACT_CONTEXT_SCORE = 0.95;
const KEPT_SLOT_CONTEXT_SCORE = 0.9;
/** Contexts shorter than this (folded units, near the text's edges) are too weak to vouch for a rewritten quote. */
const MIN_SLOT_CONTEXT_LENGTH = 16;
/** An exact quote with its context and near its old place: stop searching. */
const CONFIDENT_SCORE = 0.9;
/**
 * Share of a quote's folded characters that may be edited for a fuzzy match. Generous, because the
 * score still needs the context on both sides and the position to agree before a heavily edited quote anchors.
 */
const MAX_ERROR_RATE = 0.5;
/** Long quotes are matched by their first and last 32 units; each piece may have this many errors. */
const MAX_PIECE_ERRORS = 8;
/** Folded units of a quote below which only exact (folded) matches are allowed: one edit would change its meaning. */
const MIN_FUZZY_QUOTE_LENGTH = 4;
/** Context units compared when scoring: describe() lengthens context until unique, and all of it counts. */
const SCORED_CONTEXT_LENGTH = 256;

/** First search radius around the old position; grows eightfold until it covers the text. */
const INITIAL_SEARCH_RADIUS = 2048;
/** Candidates scored per search: the best by literal context or by error count, plus the nearest to the old place. */
const MAX_BEST_CANDIDATES = 12;
const MAX_NEAREST_CANDIDATES = 6;
/**
 * Beyond this distance from where a claim should be (folded units) it must bring both sides of its
 * context intact: a far move on partial evidence is how repeated sentences get mistaken for each other.
 * The old position alone may be off by the drift of all edits before it; anchorAll() measures the drift
 * at confidently anchored neighbours, so a much shorter distance is already far. The position score
 * falls to zero at the same distance.
 */
const FAR_DISTANCE = 4096;
const FAR_DISTANCE_WITH_KNOWN_SHIFT = 512;
const FAR_MIN_CONTEXT_SUM = 1.99;
/** Fuzzy candidates whose boundaries are refined against the context (the best by first score). */
const MAX_REFINED_CANDIDATES = 4;
/** A quote occurring more often than this is too common to place by itself. */
const MAX_EXACT_OCCURRENCES = 5000;

/** How much of a claim's context surrounds a place: see TextAnchorer.prefixFitAt(). */
type ContextFit = 0 | 1 | 2;

interface CandidateScores {
  score: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
}

interface Candidate extends CandidateScores {
  /** Folded offsets. */
  start: number;
  end: number;
  method: "quote" | "fuzzy";
  /** Exact offsets of a verbatim match, which folding may blur (a trailing whitespace run). */
  originalRange?: { start: number; end: number };
  /** Why this candidate must not be anchored to, or null when it may. */
  rejection: string | null;
}

interface QuoteQuery {
  selector: TextQuoteSelector;
  foldedExact: string;
  foldedPrefix: string;
  foldedSuffix: string;
  /** Folded offset where the quote should start, if a position selector was given. */
  expectedStart: number | undefined;
  farDistance: number;
}

export interface Anchorer {
  readonly text: string;
  anchor(target: AnchorTarget): AnchorResult;
  /**
   * Re-anchors all claims of one article. Claims that anchor cheaply and surely (position, or the exact
   * quote with its context) tell how far their part of the text moved; the others are then looked for
   * where their neighbours went, which makes the position evidence sharp.
   */
  anchorAll(targets: readonly AnchorTarget[]): AnchorResult[];
}

function selectorsOf(target: AnchorTarget): readonly Selector[] {
  if (Array.isArray(target)) return target as readonly Selector[];
  const selectors = (target as { selector?: unknown }).selector;
  return Array.isArray(selectors) ? (selectors as readonly Selector[]) : [];
}

function isTextQuoteSelector(selector: Selector): selector is TextQuoteSelector {
  return selector.type === "TextQuoteSelector" && typeof selector.exact === "string";
}

function isTextPositionSelector(selector: Selector): selector is TextPositionSelector {
  return selector.type === "TextPositionSelector" && Number.isInteger(selector.start) && Number.isInteger(selector.end);
}

/** Acceptable candidates beat rejected ones; then the higher score; then the verbatim quote. */
function isBetter(candidate: Candidate, incumbent: Candidate): boolean {
  if ((candidate.rejection === null) !== (incumbent.rejection === null)) return candidate.rejection === null;
  if (Math.abs(candidate.score - incumbent.score) > 1e-9) return candidate.score > incumbent.score;
  return candidate.method === "quote" && incumbent.method !== "quote";
}

/** The best few by `compare`, plus the few nearest to `expected`, without repeats. */
function selectCandidates<Item extends { start: number }>(items: Item[], compare: (first: Item, second: Item) => number, expected: number | undefined): Item[] {
  if (items.length <= MAX_BEST_CANDIDATES + MAX_NEAREST_CANDIDATES) return items;
  const selected = new Set(items.slice().sort(compare).slice(0, MAX_BEST_CANDIDATES));
  if (expected !== undefined) {
    const nearest = items.slice().sort((first, second) => Math.abs(first.start - expected) - Math.abs(second.start - expected));
    for (const item of nearest.slice(0, MAX_NEAREST_CANDIDATES)) selected.add(item);
  }
  return [...selected];
}

/** Why a candidate must not be anchored to, or null when the evidence suffices. */
function rejectionOf(query: QuoteQuery, candidate: CandidateScores & { start: number }, isDistinctive = false): string | null {
  const { score, quoteScore, prefixScore, suffixScore } = candidate;
  const distance = query.expectedStart === undefined ? Number.POSITIVE_INFINITY : Math.abs(candidate.start - query.expectedStart);
  if (query.expectedStart !== undefined && distance > query.farDistance && prefixScore + suffixScore < FAR_MIN_CONTEXT_SUM) {
    return "the only matches are far from the claim's place and without its context";
  }
  if (isDistinctive) return null;
  const isNear = distance <= NEAR_DISTANCE;
  if (isNear && prefixScore >= KEPT_SLOT_CONTEXT_SCORE && suffixScore >= KEPT_SLOT_CONTEXT_SCORE) return null;
  if (score < ANCHOR_SCORE_THRESHOLD) return `best match scored ${score.toFixed(3)}, below the threshold ${ANCHOR_SCORE_THRESHOLD}`;
  const hasOneSideIntact = Math.max(prefixScore, suffixScore) >= INTACT_CONTEXT_SCORE;
  const hasOneSideIntactHere = isNear && hasOneSideIntact;
  const isContextLargelyKept =
    Math.min(prefixScore, suffixScore) >= MIN_CONTEXT_SCORE_FOR_EDITED_QUOTE && prefixScore + suffixScore >= SHORT_QUOTE_MIN_CONTEXT_SUM;
  if (!isNear && !hasOneSideIntact && !isContextLargelyKept) return "both sides of the context changed and the match is away from the claim's place";
  if (quoteScore < 1 && !hasOneSideIntactHere && Math.min(prefixScore, suffixScore) < MIN_CONTEXT_SCORE_FOR_EDITED_QUOTE) {
    return "only an edited quote whose context no longer matches was found";
  }
  if (query.foldedExact.length < SHORT_QUOTE_LENGTH && !hasOneSideIntactHere && prefixScore + suffixScore < SHORT_QUOTE_MIN_CONTEXT_SUM) {
    return "the short quote was found only where its context no longer matches";
  }
  return null;
}

/** The shift measured at the confidently anchored claim nearest to `oldStart` (shifts sorted by oldStart). */
function nearestShift(shifts: readonly { oldStart: number; shift: number }[], oldStart: number | undefined): number {
  if (oldStart === undefined || shifts.length === 0) return 0;
  let low = 0;
  let high = shifts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((shifts[middle]?.oldStart ?? 0) < oldStart) low = middle + 1;
    else high = middle;
  }
  const after = shifts[low];
  const before = shifts[low - 1];
  if (before === undefined) return after?.shift ?? 0;
  if (after === undefined) return before.shift;
  return oldStart - before.oldStart <= after.oldStart - oldStart ? before.shift : after.shift;
}

function commonSuffixLength(first: string, second: string, secondEnd: number): number {
  let length = 0;
  while (length < first.length && length < secondEnd && first.charCodeAt(first.length - 1 - length) === second.charCodeAt(secondEnd - 1 - length)) length++;
  return length;
}

function commonPrefixLength(first: string, second: string, secondStart: number): number {
  let length = 0;
  while (length < first.length && secondStart + length < second.length && first.charCodeAt(length) === second.charCodeAt(secondStart + length)) length++;
  return length;
}

class TextAnchorer implements Anchorer {
  private normalizedText: NormalizedText | null = null;

  constructor(readonly text: string) {}

  /** Folded once per text and only when a claim needs more than the exact stages. */
  private get normalized(): NormalizedText {
    this.normalizedText ??= normalizeText(this.text);
    return this.normalizedText;
  }

  anchorAll(targets: readonly AnchorTarget[]): AnchorResult[] {
    const results: (AnchorResult | null)[] = targets.map((target) => this.anchorCheaply(target));
    const shifts: { oldStart: number; shift: number }[] = [];
    targets.forEach((target, index) => {
      const result = results[index];
      const position = selectorsOf(target).find(isTextPositionSelector);
      if (result?.status === "anchored" && position !== undefined && result.score >= CONFIDENT_SCORE)
        shifts.push({ oldStart: position.start, shift: result.start - position.start });
    });
    shifts.sort((first, second) => first.oldStart - second.oldStart);
    return targets.map((target, index) => {
      const oldStart = selectorsOf(target).find(isTextPositionSelector)?.start;
      return results[index] ?? this.anchorShifted(target, nearestShift(shifts, oldStart), shifts.length > 0);
    });
  }

  /**
   * Whether the prefix still ends at `index`: 2 with all it said, 1 only as characters, 0 not at all. A
   * side shorter than describe()'s context was cut short by the text's edge, and that edge was part of what
   * made the claim unique (in repetitive text a few words recur everywhere): it says all only there still.
   */
  private prefixFitAt(prefix: string, index: number): ContextFit {
    if (index < prefix.length || !this.text.startsWith(prefix, index - prefix.length)) return 0;
    return prefix.length >= CONTEXT_LENGTH || index === prefix.length ? 2 : 1;
  }

  /** Whether the suffix still starts at `end`, as prefixFitAt() measures it. */
  private suffixFitAt(suffix: string, end: number): ContextFit {
    if (!this.text.startsWith(suffix, end)) return 0;
    return suffix.length >= CONTEXT_LENGTH || end + suffix.length === this.text.length ? 2 : 1;
  }

  /**
   * The cheap stages, from the strongest evidence down: the quote with all its context at the old position,
   * else near `nearStart` (nearest first); then the same with an edge of the text no longer where it was;
   * then the quote alone at the old position, a short quote (a space, a figure) backed by one whole side of
   * its context. The order matters in repetitive text: edits before a claim can shift a copy of its quote,
   * with one side of its context, onto the old offset, while the quote with both sides (unique when
   * described) is where the claim went. null when none of these holds.
   */
  private anchorInPlaceOrNearby(quote: TextQuoteSelector, position: TextPositionSelector | undefined, nearStart: number | undefined): AnchorResult | null {
    const isAtPosition =
      position !== undefined &&
      position.start >= 0 &&
      position.start <= position.end &&
      position.end <= this.text.length &&
      this.text.slice(position.start, position.end) === quote.exact;
    const prefixFit = isAtPosition ? this.prefixFitAt(quote.prefix, position.start) : 0;
    const suffixFit = isAtPosition ? this.suffixFitAt(quote.suffix, position.end) : 0;
    const inPlace: AnchorResult | null = isAtPosition
      ? { status: "anchored", start: position.start, end: position.end, method: "position", score: 1, exactChanged: false }
      : null;
    const fitInPlace = Math.min(prefixFit, suffixFit);
    if (fitInPlace === 2) return inPlace;
    const nearby = nearStart === undefined ? null : this.findExactWithContextNearby(quote, nearStart);
    if (nearby !== null && nearby.fit === 2) return nearby.result;
    if (fitInPlace === 1) return inPlace;
    if (nearby !== null) return nearby.result;
    const isQuoteVouchedFor = quote.exact.length >= SHORT_QUOTE_LENGTH || prefixFit === 2 || suffixFit === 2;
    return isAtPosition && isQuoteVouchedFor ? inPlace : null;
  }

  /** Position check and the exact quote with its context near the old place; null when that is not enough. */
  private anchorCheaply(target: AnchorTarget): AnchorResult | null {
    const selectors = selectorsOf(target);
    const quote = selectors.find(isTextQuoteSelector);
    const position = selectors.find(isTextPositionSelector);
    if (quote === undefined || quote.exact === "" || position === undefined) return null;
    return this.anchorInPlaceOrNearby(quote, position, Math.min(Math.max(0, position.start), this.text.length));
  }

  anchor(target: AnchorTarget): AnchorResult {
    return this.anchorShifted(target, 0, false);
  }

  /** `shift`: how far the text around the claim moved, when anchorAll() measured it at neighbours. */
  private anchorShifted(target: AnchorTarget, shift: number, isShiftKnown: boolean): AnchorResult {
    const selectors = selectorsOf(target);
    const quote = selectors.find(isTextQuoteSelector);
    const position = selectors.find(isTextPositionSelector);
    const isPositionInText = position !== undefined && position.start >= 0 && position.start <= position.end && position.end <= this.text.length;
    if (quote === undefined || quote.exact === "") {
      // Nothing to verify the position against: trust it while it still fits the text.
      if (isPositionInText) return { status: "anchored", start: position.start, end: position.end, method: "position", score: 1, exactChanged: false };
      return {
        status: "orphan",
        reason: position === undefined ? "no TextQuoteSelector or TextPositionSelector" : "position is outside the text and there is no quote",
      };
    }
    const oldStart = position === undefined ? undefined : Math.min(Math.max(0, position.start + shift), this.text.length);
    const cheap = this.anchorInPlaceOrNearby(quote, position, oldStart);
    if (cheap !== null) return cheap;

    const query: QuoteQuery = {
      selector: quote,
      foldedExact: normalizeString(quote.exact),
      foldedPrefix: normalizeString(quote.prefix).slice(-SCORED_CONTEXT_LENGTH),
      foldedSuffix: normalizeString(quote.suffix).slice(0, SCORED_CONTEXT_LENGTH),
      expectedStart: oldStart === undefined ? undefined : toNormalizedOffset(this.normalized, oldStart),
      farDistance: isShiftKnown ? FAR_DISTANCE_WITH_KNOWN_SHIFT : FAR_DISTANCE,
    };
    let best = this.bestExactCandidate(query);
    if (best === null || best.rejection !== null || best.score < CONFIDENT_SCORE) {
      const fuzzy = this.bestFuzzyCandidate(query);
      if (fuzzy !== null && (best === null || isBetter(fuzzy, best))) best = fuzzy;
    }
    if (best === null || best.rejection !== null) {
      const slot = this.findKeptSlot(query);
      if (slot !== null && (best === null || slot.rejection === null)) best = slot;
    }
    if (best === null) return { status: "orphan", reason: "quote not found, even approximately" };
    if (best.rejection !== null) return { status: "orphan", reason: best.rejection, score: best.score };
    return this.anchoredResult(quote, best);
  }

  private anchoredResult(quote: TextQuoteSelector, candidate: Candidate): AnchorResult {
    const { start, end } = candidate.originalRange ?? toOriginalRange(this.normalized, candidate.start, candidate.end);
    const exactChanged = this.text.slice(start, end) !== quote.exact;
    const method: AnchorMethod = candidate.method === "quote" && !exactChanged ? "quote" : "fuzzy";
    return { status: "anchored", start, end, method, score: candidate.score, exactChanged };
  }

  /**
   * Cheapest common case after an edit elsewhere: the same quote with the same context, shifted a little.
   * The best fit (see prefixFitAt()) wins, then the nearest to `oldStart`.
   */
  private findExactWithContextNearby(quote: TextQuoteSelector, oldStart: number): { result: AnchorResult; fit: ContextFit } | null {
    const { exact, prefix, suffix } = quote;
    const windowEnd = oldStart + INITIAL_SEARCH_RADIUS;
    let best: { start: number; distance: number; fit: ContextFit } | null = null;
    for (
      let index = this.text.indexOf(exact, Math.max(0, oldStart - INITIAL_SEARCH_RADIUS));
      index !== -1 && index <= windowEnd;
      index = this.text.indexOf(exact, index + 1)
    ) {
      const fit = Math.min(this.prefixFitAt(prefix, index), this.suffixFitAt(suffix, index + exact.length)) as ContextFit;
      const distance = Math.abs(index - oldStart);
      if (fit > 0 && (best === null || fit > best.fit || (fit === best.fit && distance < best.distance))) best = { start: index, distance, fit };
    }
    if (best === null) return null;
    const positionScore = Math.max(0, 1 - best.distance / FAR_DISTANCE);
    const score = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT * positionScore;
    return { result: { status: "anchored", start: best.start, end: best.start + exact.length, method: "quote", score, exactChanged: false }, fit: best.fit };
  }

  /** Every verbatim occurrence, ranked by how much literal context survives, the best few scored in full. */
  private bestExactCandidate(query: QuoteQuery): Candidate | null {
    const { exact, prefix, suffix } = query.selector;
    const occurrences: { start: number; context: number }[] = [];
    for (let index = this.text.indexOf(exact); index !== -1; index = this.text.indexOf(exact, index + 1)) {
      occurrences.push({ start: index, context: commonSuffixLength(prefix, this.text, index) + commonPrefixLength(suffix, this.text, index + exact.length) });
      if (occurrences.length > MAX_EXACT_OCCURRENCES) return null;
    }
    if (occurrences.length === 0) return null;
    const expected = query.expectedStart;
    const normalized = this.normalized;
    const folded = occurrences.map((occurrence) => ({
      ...occurrence,
      foldedStart: toNormalizedOffset(normalized, occurrence.start),
      foldedEnd: toNormalizedOffset(normalized, occurrence.start + exact.length),
    }));
    const selected = selectCandidates(
      folded.map((occurrence) => ({ ...occurrence, originalStart: occurrence.start, start: occurrence.foldedStart })),
      (first, second) => second.context - first.context,
      expected,
    );
    const isUniqueAndDistinctive =
      occurrences.length === 1 &&
      query.foldedExact.length >= MYERS_WORD_SIZE &&
      (expected === undefined || Math.abs((folded[0]?.foldedStart ?? 0) - expected) <= query.farDistance);
    let best: Candidate | null = null;
    for (const occurrence of selected) {
      const scores = this.scoreCandidate(query, occurrence.foldedStart, occurrence.foldedEnd, 0);
      const candidate: Candidate = {
        ...scores,
        start: occurrence.foldedStart,
        end: occurrence.foldedEnd,
        method: "quote",
        originalRange: { start: occurrence.originalStart, end: occurrence.originalStart + exact.length },
        // A long quote found verbatim exactly once, near its place, is its own evidence even with both contexts rewritten.
        rejection: rejectionOf(query, { ...scores, start: occurrence.foldedStart }, isUniqueAndDistinctive),
      };
      if (best === null || isBetter(candidate, best)) best = candidate;
    }
    return best;
  }

  /** Approximate search in the folded text, around the old position first, widening until something convinces. */
  private bestFuzzyCandidate(query: QuoteQuery): Candidate | null {
    const quoteLength = query.foldedExact.length;
    if (quoteLength === 0) return null;
    const foldedText = this.normalized.text;
    const maxErrors =
      quoteLength < MIN_FUZZY_QUOTE_LENGTH
        ? 0
        : Math.min(Math.floor(quoteLength * MAX_ERROR_RATE), quoteLength > MYERS_WORD_SIZE ? Math.floor(quoteLength / 3) : quoteLength);
    const expected = query.expectedStart;
    let best: Candidate | null = null;
    let searchedFrom = 0;
    let searchedTo = 0;
    for (let radius = INITIAL_SEARCH_RADIUS + 2 * quoteLength; ; radius *= 8) {
      const from = expected === undefined ? 0 : Math.max(0, expected - radius);
      const to = expected === undefined ? foldedText.length : Math.min(foldedText.length, expected + quoteLength + radius);
      const found = this.findCandidates(query, maxErrors, from, to, searchedFrom, searchedTo);
      for (const candidate of found) {
        if (best === null || isBetter(candidate, best)) best = candidate;
      }
      if ((best !== null && best.rejection === null) || (from === 0 && to === foldedText.length)) return best;
      searchedFrom = from;
      searchedTo = to;
    }
  }

  /** Candidates in folded text[from, to), skipping those wholly inside the already searched [skipFrom, skipTo). */
  private findCandidates(query: QuoteQuery, maxErrors: number, from: number, to: number, skipFrom: number, skipTo: number): Candidate[] {
    const pattern = query.foldedExact;
    const foldedText = this.normalized.text;
    const ranges: { start: number; end: number; errors: number }[] = [];
    if (maxErrors === 0) {
      for (let index = foldedText.indexOf(pattern, from); index !== -1 && index + pattern.length <= to; index = foldedText.indexOf(pattern, index + 1)) {
        ranges.push({ start: index, end: index + pattern.length, errors: 0 });
      }
    } else if (pattern.length <= MYERS_WORD_SIZE) {
      // Starts are approximate (end - length) until the few selected candidates are aligned.
      for (const match of findApproximateEnds(foldedText, pattern, maxErrors, from, to))
        ranges.push({ start: match.end - pattern.length, end: match.end, errors: match.errors });
    } else {
      ranges.push(...this.findLongQuoteRanges(pattern, maxErrors, from, to, query.expectedStart));
    }
    const fresh = ranges.filter((range) => !(range.start >= skipFrom && range.end <= skipTo));
    const selected = selectCandidates(fresh, (first, second) => first.errors - second.errors, query.expectedStart);
    if (maxErrors > 0 && pattern.length <= MYERS_WORD_SIZE) {
      for (const range of selected) {
        range.start =
          range.end - alignAnchored(pattern, foldedText, range.end, Math.max(from, range.end - pattern.length - maxErrors), true, maxErrors).textLength;
      }
    }
    const scored = selected.map((range) => ({
      ...range,
      ...this.scoreCandidate(query, range.start, range.end, range.errors),
    }));
    scored.sort((first, second) => second.score - first.score);
    return scored.map((candidate, rank) => {
      const refined = rank < MAX_REFINED_CANDIDATES ? this.refineBoundaries(query, candidate, maxErrors) : candidate;
      const { start, end, score, quoteScore, prefixScore, suffixScore } = refined;
      return { start, end, score, quoteScore, prefixScore, suffixScore, method: "fuzzy" as const, rejection: rejectionOf(query, refined) };
    });
  }

  /**
   * Long quotes: find the first and last 32 units separately (either may have been edited). Whole-quote
   * alignment is the costly step, so it runs from heads that have a matching tail about a quote's length
   * further on, plus the few unpaired pieces nearest the expected place (one end may have been rewritten).
   */
  private findLongQuoteRanges(
    pattern: string,
    maxErrors: number,
    from: number,
    to: number,
    expected: number | undefined,
  ): { start: number; end: number; errors: number }[] {
    const foldedText = this.normalized.text;
    const head = pattern.slice(0, MYERS_WORD_SIZE);
    const tail = pattern.slice(-MYERS_WORD_SIZE);
    const byErrors = (first: { errors: number }, second: { errors: number }): number => first.errors - second.errors;
    const heads = findApproximateEnds(foldedText, head, MAX_PIECE_ERRORS, from, to).map((match) => ({
      start: match.end - head.length,
      end: match.end,
      errors: match.errors,
    }));
    const tails = findApproximateEnds(foldedText, tail, MAX_PIECE_ERRORS, from, to).map((match) => ({
      start: match.end - pattern.length,
      end: match.end,
      errors: match.errors,
    }));
    const tailEnds = tails.map((match) => match.end);
    const headStarts = heads.map((match) => match.start);
    const hasNear = (sortedOffsets: readonly number[], target: number): boolean => {
      let low = 0;
      let high = sortedOffsets.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sortedOffsets[middle] ?? 0) < target - maxErrors) low = middle + 1;
        else high = middle;
      }
      return low < sortedOffsets.length && (sortedOffsets[low] ?? 0) <= target + maxErrors;
    };
    const pairedHeads = heads.filter((match) => hasNear(tailEnds, match.start + pattern.length));
    const unpairedHeads = heads.filter((match) => !hasNear(tailEnds, match.start + pattern.length));
    const unpairedTails = tails.filter((match) => !hasNear(headStarts, match.start));
    const nearestFew = <Item extends { start: number }>(items: Item[]): Item[] =>
      expected === undefined
        ? items.slice(0, 2)
        : items.sort((first, second) => Math.abs(first.start - expected) - Math.abs(second.start - expected)).slice(0, 2);
    const ranges = new Map<string, { start: number; end: number; errors: number }>();
    for (const headMatch of [...selectCandidates(pairedHeads, byErrors, expected), ...nearestFew(unpairedHeads)]) {
      const start =
        headMatch.end -
        alignAnchored(head, foldedText, headMatch.end, Math.max(from, headMatch.end - head.length - MAX_PIECE_ERRORS), true, MAX_PIECE_ERRORS).textLength;
      const aligned = alignAnchored(pattern, foldedText, start, Math.min(foldedText.length, start + pattern.length + maxErrors), false, maxErrors);
      if (aligned.errors <= maxErrors) ranges.set(`${start}:${start + aligned.textLength}`, { start, end: start + aligned.textLength, errors: aligned.errors });
    }
    for (const tailMatch of nearestFew(unpairedTails)) {
      const aligned = alignAnchored(pattern, foldedText, tailMatch.end, Math.max(0, tailMatch.end - pattern.length - maxErrors), true, maxErrors);
      const start = tailMatch.end - aligned.textLength;
      if (aligned.errors <= maxErrors) ranges.set(`${start}:${tailMatch.end}`, { start, end: tailMatch.end, errors: aligned.errors });
    }
    return [...ranges.values()];
  }

  /**
   * The quote was rewritten beyond the error bound, but both sides of its context are intact right where
   * it should be: the text between them is the claim now (flagged exactChanged for re-checking). A slot
   * shrunk below half the quote's length means the claim was mostly deleted: no match.
   */
  private findKeptSlot(query: QuoteQuery): Candidate | null {
    const { foldedPrefix, foldedSuffix, foldedExact, expectedStart } = query;
    if (expectedStart === undefined || foldedPrefix.length < MIN_SLOT_CONTEXT_LENGTH || foldedSuffix.length < MIN_SLOT_CONTEXT_LENGTH) return null;
    const foldedText = this.normalized.text;
    const bestBoundary = (context: string, from: number, to: number, isBefore: boolean): number | null => {
      if (from > to) return null;
      const errors = alignContextAround(context, foldedText, from, to, context.length + Math.ceil(context.length / 2), isBefore);
      let best: number | null = null;
      let bestErrors = Math.floor(context.length * (1 - KEPT_SLOT_CONTEXT_SCORE));
      errors.forEach((boundaryErrors, index) => {
        if (boundaryErrors < bestErrors || (boundaryErrors === bestErrors && best === null)) {
          best = from + index;
          bestErrors = boundaryErrors;
        }
      });
      return best;
    };
    const start = bestBoundary(foldedPrefix, Math.max(0, expectedStart - NEAR_DISTANCE), Math.min(foldedText.length, expectedStart + NEAR_DISTANCE), true);
    if (start === null) return null;
    const minimumEnd = start + Math.ceil(foldedExact.length / 2);
    const maximumEnd = Math.min(foldedText.length, start + 2 * foldedExact.length + NEAR_DISTANCE);
    const end = bestBoundary(foldedSuffix, minimumEnd, maximumEnd, false);
    if (end === null) return null;
    const bound = Math.max(foldedExact.length, end - start);
    const errors = boundedEditDistance(foldedExact, foldedText.slice(start, end), bound);
    const scores = this.scoreCandidate(query, start, end, Math.min(errors, foldedExact.length));
    return { ...scores, start, end, method: "fuzzy", rejection: rejectionOf(query, { ...scores, start }) };
  }

  /**
   * An edit at the edge of a quote lets the aligner shave quote letters instead of absorbing the inserted
   * text, leaving the range short and the context misaligned. Move each boundary to where its context fits
   * best, within the error bound, and re-measure the quote.
   */
  private refineBoundaries(
    query: QuoteQuery,
    candidate: CandidateScores & { start: number; end: number; errors: number },
    maxErrors: number,
  ): CandidateScores & { start: number; end: number; errors: number } {
    const foldedText = this.normalized.text;
    const slack = Math.min(maxErrors, 2 * MYERS_WORD_SIZE);
    const bestBoundary = (context: string, boundary: number, isBefore: boolean): number => {
      if (context.length === 0) return boundary;
      const from = isBefore ? Math.max(0, boundary - slack) : Math.max(candidate.start, boundary - slack);
      const to = isBefore ? Math.min(candidate.end, boundary + slack) : Math.min(foldedText.length, boundary + slack);
      const errors = alignContextAround(context, foldedText, from, to, context.length + Math.ceil(context.length / 2), isBefore);
      let best = boundary;
      let bestErrors = errors[boundary - from] ?? context.length;
      for (let position = from; position <= to; position++) {
        const positionErrors = errors[position - from] ?? context.length;
        if (positionErrors < bestErrors || (positionErrors === bestErrors && Math.abs(position - boundary) < Math.abs(best - boundary))) {
          best = position;
          bestErrors = positionErrors;
        }
      }
      return best;
    };
    const start = bestBoundary(query.foldedPrefix, candidate.start, true);
    const end = Math.max(start, bestBoundary(query.foldedSuffix, candidate.end, false));
    if (start === candidate.start && end === candidate.end) return candidate;
    const errors = boundedEditDistance(query.foldedExact, foldedText.slice(start, end), maxErrors);
    if (errors > maxErrors) return candidate;
    const rescored = { start, end, errors, ...this.scoreCandidate(query, start, end, errors) };
    return rescored.score > candidate.score ? rescored : candidate;
  }

  /** Weighted similarity of quote, prefix, suffix and position, in 0..1 (folded offsets). */
  private scoreCandidate(query: QuoteQuery, start: number, end: number, quoteErrors: number): CandidateScores {
    const foldedText = this.normalized.text;
    const quoteScore = 1 - quoteErrors / Math.max(1, query.foldedExact.length);
    const prefixScore = this.contextScore(query.foldedPrefix, foldedText, start, true);
    const suffixScore = this.contextScore(query.foldedSuffix, foldedText, end, false);
    const positionScore = query.expectedStart === undefined ? 0.5 : Math.max(0, 1 - Math.abs(start - query.expectedStart) / query.farDistance);
    const score = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
    return { score, quoteScore, prefixScore, suffixScore };
  }

  private contextScore(context: string, foldedText: string, boundary: number, isBefore: boolean): number {
    if (context.length === 0) {
      // An empty context was recorded at the very edge of the text; elsewhere it tells nothing.
      const isAtEdge = isBefore ? boundary === 0 : boundary === foldedText.length;
      return isAtEdge ? 1 : 0.5;
    }
    const isIntact = isBefore
      ? foldedText.startsWith(context, boundary - context.length) && boundary >= context.length
      : foldedText.startsWith(context, boundary);
    if (isIntact) return 1;
    // Allow the surrounding text to have grown or shrunk by half the context length.
    const window = context.length + Math.ceil(context.length / 2);
    const limit = isBefore ? Math.max(0, boundary - window) : Math.min(foldedText.length, boundary + window);
    const { errors } = alignAnchored(context, foldedText, boundary, limit, isBefore);
    return 1 - errors / context.length;
  }
}

/** Prepares `text` once for anchoring many claims (the folded copy is built on first need and reused). */
export function createAnchorer(text: string): Anchorer {
  return new TextAnchorer(text);
}

let lastAnchorer: Anchorer | null = null;

/** Re-anchors one claim: position, then exact quote, then fuzzy quote; an orphan rather than a doubtful move. */
export function anchor(text: string, target: AnchorTarget): AnchorResult {
  // Callers re-anchoring claim after claim on one article pass the same string: fold it once.
  if (lastAnchorer === null || lastAnchorer.text !== text) lastAnchorer = createAnchorer(text);
  return lastAnchorer.anchor(target);
}
