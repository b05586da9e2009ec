// npm run --silent detect -- FILE: prints the numeric claims detected in FILE (UTF-8) as a JSON array.
import { readFileSync } from "node:fs";
import { detect } from "../src/detection";

const filePath = process.argv.slice(2).find((argument) => argument !== "--");
if (filePath === undefined) {
  console.error("Usage: npm run --silent detect -- FILE");
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(filePath, "utf8");
} catch (error) {
  console.error(`Cannot read ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

process.stdout.write(`${JSON.stringify(detect(text), null, 2)}\n`);
