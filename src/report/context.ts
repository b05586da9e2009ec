const maximumContext = 160;

/**
 * The claim in its sentence: the text of its paragraph around it, cut at word boundaries when long,
 * so a reader of the report sees what the claim said without the whole article.
 */
export function claimContext(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  let before = text.slice(paragraphStart, start);
  let after = text.slice(end, Math.max(end, paragraphEnd));
  if (before.length > maximumContext) {
    const cut = before.slice(-maximumContext);
    const space = cut.indexOf(" ");
    before = `…${space === -1 ? cut : cut.slice(space + 1)}`;
  }
  if (after.length > maximumContext) {
    const cut = after.slice(0, maximumContext);
    const space = cut.lastIndexOf(" ");
    after = `${space === -1 ? cut : cut.slice(0, space)}…`;
  }
  return { before: before.trimStart(), quote: text.slice(start, end), after: after.trimEnd() };
}
