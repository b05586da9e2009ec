// npm run --silent anchor -- TEXT_FILE SELECTORS_JSON_FILE: prints the JSON result of anchor() on stdout.
// The selectors file is a W3C annotation target ({"selector": [...]}) or a bare selector list; offsets are UTF-16 units.
import { readFileSync } from "node:fs";
import { anchor } from "../src/anchoring/index";
import type { Selector } from "../src/anchoring/index";

function fail(message: string): never {
  process.stderr.write(`anchor: ${message}\nusage: npm run --silent anchor -- TEXT_FILE SELECTORS_JSON_FILE\n`);
  process.exit(2);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseSelector(value: unknown, index: number): Selector | null {
  if (!isRecord(value)) fail(`selector ${index} is not an object`);
  if (value.type === "TextQuoteSelector") {
    if (typeof value.exact !== "string") fail(`selector ${index}: TextQuoteSelector needs a string "exact"`);
    const prefix = value.prefix ?? "";
    const suffix = value.suffix ?? "";
    if (typeof prefix !== "string" || typeof suffix !== "string") fail(`selector ${index}: "prefix" and "suffix" must be strings`);
    return { type: "TextQuoteSelector", exact: value.exact, prefix, suffix };
  }
  if (value.type === "TextPositionSelector") {
    const { start, end } = value;
    if (typeof start !== "number" || typeof end !== "number" || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      fail(`selector ${index}: TextPositionSelector needs integer 0 <= start <= end`);
    }
    return { type: "TextPositionSelector", start, end };
  }
  // Other selector types (RangeSelector, CssSelector…) say nothing about plain text: skip them.
  return null;
}

function main(): void {
  const [textFile, selectorsFile, ...rest] = process.argv.slice(2).filter((argument) => argument !== "--");
  if (textFile === undefined || selectorsFile === undefined || rest.length > 0) fail("expected exactly two arguments");
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(textFile, "utf8");
  } catch (error) {
    fail(`cannot read ${textFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    json = JSON.parse(readFileSync(selectorsFile, "utf8")) as unknown;
  } catch (error) {
    fail(`cannot read JSON from ${selectorsFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = Array.isArray(json) ? json : isRecord(json) ? json.selector : undefined;
  if (!Array.isArray(list)) fail('the selectors file must be {"selector": [...]} or a list of selectors');
  const selectors = list.map(parseSelector).filter((selector): selector is Selector => selector !== null);
  process.stdout.write(`${JSON.stringify(anchor(text, { selector: selectors }))}\n`);
}

main();
