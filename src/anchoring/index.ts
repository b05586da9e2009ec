export type { AnchorMethod, AnchorResult, AnchorTarget, Selector, TextPositionSelector, TextQuoteSelector } from "./types";
export { describe, CONTEXT_LENGTH } from "./describe";
export { anchor, createAnchorer, ANCHOR_SCORE_THRESHOLD } from "./anchor";
export type { Anchorer } from "./anchor";
export { codePointToUtf16Offset, utf16ToCodePointOffset } from "./code-points";
export { normalizeText, normalizeString } from "./normalize-text";
export type { NormalizedText } from "./normalize-text";
export { snapToWords } from "./word-boundaries";
