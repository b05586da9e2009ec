/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets are UTF-16 code units of the article text internally; convert with the code-point helpers for W3C export. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export type AnchorMethod = "position" | "quote" | "fuzzy";

export type AnchorResult =
  | { status: "anchored"; start: number; end: number; method: AnchorMethod; score: number; exactChanged: boolean }
  | { status: "orphan"; reason: string; score?: number };

/** A W3C annotation target, or just its selector list. */
export type AnchorTarget = readonly Selector[] | { selector: readonly Selector[] };
