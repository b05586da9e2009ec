// Maps between DOM positions in the rendered article and UTF-16 offsets into the article's text.
// The text is rendered as one <p data-offset> per line, each holding a single text node, so the
// mapping is exact: offset = paragraph's data-offset + offset inside its text node.

export interface Paragraph {
  offset: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    paragraphs.push({ offset, text: line });
    offset += line.length + 1;
  }
  return paragraphs;
}

function paragraphOf(node: Node, container: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== container) {
    if (current instanceof HTMLElement && current.dataset.offset !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

function paragraphLength(paragraph: HTMLElement): number {
  return paragraph.textContent?.length ?? 0;
}

/** The article offset of a DOM point, or null when the point is outside the article. */
export function offsetOfPoint(container: HTMLElement, node: Node, offsetInNode: number): number | null {
  if (!container.contains(node)) return null;
  if (node === container) {
    const paragraphs = container.querySelectorAll<HTMLElement>("[data-offset]");
    const paragraph = paragraphs[offsetInNode];
    if (paragraph) return Number(paragraph.dataset.offset);
    const last = paragraphs[paragraphs.length - 1];
    return last ? Number(last.dataset.offset) + paragraphLength(last) : 0;
  }
  const paragraph = paragraphOf(node, container);
  if (!paragraph) return null;
  const base = Number(paragraph.dataset.offset);
  if (node.nodeType === Node.TEXT_NODE) return base + offsetInNode;
  // An element boundary: before its first child is the paragraph's start, anything else its end.
  return offsetInNode === 0 ? base : base + paragraphLength(paragraph);
}

/** The article range of the current selection, when it lies in the article and is not empty. */
export function selectedRange(container: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOfPoint(container, range.startContainer, range.startOffset);
  const end = offsetOfPoint(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function pointAt(container: HTMLElement, paragraphs: HTMLElement[], offset: number): { node: Node; offset: number } {
  // The last paragraph starting at or before the offset holds it (an offset on a line break clamps to the line's end).
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (Number(paragraphs[middle]!.dataset.offset) <= offset) low = middle;
    else high = middle - 1;
  }
  const paragraph = paragraphs[low];
  if (!paragraph) return { node: container, offset: 0 };
  const textNode = paragraph.firstChild;
  const inside = Math.min(offset - Number(paragraph.dataset.offset), paragraphLength(paragraph));
  return textNode ? { node: textNode, offset: Math.max(0, inside) } : { node: paragraph, offset: 0 };
}

/** A DOM Range over article offsets [start, end). */
export function rangeForOffsets(container: HTMLElement, start: number, end: number): Range {
  const paragraphs = Array.from(container.querySelectorAll<HTMLElement>("[data-offset]"));
  const range = document.createRange();
  const startPoint = pointAt(container, paragraphs, start);
  const endPoint = pointAt(container, paragraphs, end);
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

/** The article offset under a screen point (for clicks on highlights). */
export function offsetAtScreenPoint(container: HTMLElement, x: number, y: number): number | null {
  const documentWithCaret = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = documentWithCaret.caretPositionFromPoint?.(x, y);
  if (position) return offsetOfPoint(container, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? offsetOfPoint(container, range.startContainer, range.startOffset) : null;
}

/** The index of the character drawn under a screen point, or null (between lines, past the end…). */
export function characterAtScreenPoint(container: HTMLElement, x: number, y: number): number | null {
  const caret = offsetAtScreenPoint(container, x, y);
  if (caret === null) return null;
  // The caret falls between two characters; the one whose box holds the point is the one clicked.
  for (const candidate of [caret, caret - 1]) {
    if (candidate < 0) continue;
    const range = rangeForOffsets(container, candidate, candidate + 1);
    if (range.collapsed) continue;
    for (const rect of Array.from(range.getClientRects())) {
      if (x >= rect.left - 0.5 && x <= rect.right + 0.5 && y >= rect.top - 0.5 && y <= rect.bottom + 0.5) return candidate;
    }
  }
  return null;
}
