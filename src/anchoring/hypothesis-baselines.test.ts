// Hypothesis client's HTML anchoring baselines (BSD-2-Clause, see fixtures/hypothesis/README.md). The page
// text of the Wikipedia case is not shipped, so each annotation's prefix + exact + suffix is placed at its
// recorded position inside neutral filler; the test then mirrors Hypothesis's: anchor, describe again, compare.
import { readFileSync } from "node:fs";
import { describe as describeSuite, expect, it } from "vitest";
import { anchor, describe } from "./index";
import type { TextPositionSelector, TextQuoteSelector } from "./index";

interface BaselineFile {
  rows: { id: string; target: { selector: ({ type: string } & Record<string, unknown>)[] }[] }[];
}

function loadBaseline(name: string): { id: string; quote: TextQuoteSelector; position: TextPositionSelector }[] {
  const file = JSON.parse(readFileSync(new URL(`./fixtures/hypothesis/${name}`, import.meta.url), "utf8")) as BaselineFile;
  return file.rows.map((row) => {
    const selectors = row.target[0]?.selector ?? [];
    const quote = selectors.find((selector) => selector.type === "TextQuoteSelector") as TextQuoteSelector | undefined;
    const position = selectors.find((selector) => selector.type === "TextPositionSelector") as TextPositionSelector | undefined;
    if (quote === undefined || position === undefined) throw new Error(`Row ${row.id} lacks a quote or position selector`);
    return { id: row.id, quote, position };
  });
}

/** Deterministic filler without any of the quotes' words, so every context is unique. */
function filler(length: number): string {
  const syllables = ["zo", "qu", "xi", "vy", "ja", "ku", "wo", "pe"];
  let text = "";
  for (let index = 0; text.length < length; index++) text += syllables[(index * 5 + (index >> 3)) % syllables.length] + (index % 7 === 6 ? " " : "");
  return text.slice(0, length);
}

function pageFor(annotations: ReturnType<typeof loadBaseline>): string {
  const placed = [...annotations].sort((first, second) => first.position.start - second.position.start);
  let page = "";
  for (const { quote, position } of placed) {
    const contextStart = position.start - quote.prefix.length;
    if (contextStart < page.length) throw new Error("Baseline contexts overlap");
    page += filler(contextStart - page.length) + quote.prefix + quote.exact + quote.suffix;
  }
  return page + filler(200);
}

describeSuite("Hypothesis HTML anchoring baselines", () => {
  it("minimal: anchors “Two” in “One Two Three” and describes it back identically", () => {
    const [annotation] = loadBaseline("minimal.json");
    if (annotation === undefined) throw new Error("minimal.json has no row");
    const text = "One Two Three\n";
    expect(anchor(text, [annotation.quote, annotation.position])).toMatchObject({ status: "anchored", start: 4, end: 7, method: "position" });
    expect(describe(text, 4, 7)).toEqual({ quote: annotation.quote, position: annotation.position });
  });

  const annotations = loadBaseline("wikipedia-regression-testing.json");
  const page = pageFor(annotations);

  it.each(annotations)("wikipedia $id: anchors at the recorded position and describes back to the same selectors", ({ quote, position }) => {
    expect(anchor(page, [position, quote])).toMatchObject({ status: "anchored", start: position.start, end: position.end, method: "position" });
    const described = describe(page, position.start, position.end);
    expect(described.position).toEqual({ type: "TextPositionSelector", start: position.start, end: position.end });
    expect(described.quote.exact).toBe(quote.exact);
    expect(described.quote.prefix.endsWith(quote.prefix)).toBe(true);
    expect(described.quote.suffix.startsWith(quote.suffix)).toBe(true);
  });

  it.each(annotations)("wikipedia $id: still anchors after the page gains a banner and its whitespace is reflowed", ({ quote, position }) => {
    const banner = "Banner: this article was edited. ";
    const reflowed = banner + page.replace(/\t+/g, "\t");
    const result = anchor(reflowed, [quote, position]);
    expect(result.status).toBe("anchored");
    if (result.status !== "anchored") return;
    expect(reflowed.slice(result.start, result.end).replace(/\s+/g, " ")).toBe(quote.exact.replace(/\s+/g, " "));
  });
});
