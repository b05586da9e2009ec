// npm run bench [-- NAME ...]: runs bench/NAME.bench.ts (all when no name is given).
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const benchDirectory = path.dirname(new URL(import.meta.url).pathname);
const available = readdirSync(benchDirectory)
  .filter((file) => file.endsWith(".bench.ts"))
  .map((file) => file.replace(/\.bench\.ts$/, ""))
  .sort();
const requested = process.argv.slice(2).filter((argument) => !argument.startsWith("-"));
const selected = requested.length > 0 ? requested : available;

for (const name of selected) {
  if (!available.includes(name)) {
    console.error(`Unknown benchmark "${name}". Available: ${available.join(", ")}`);
    process.exit(2);
  }
}

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
for (const name of selected) {
  console.log(`\n== ${name} ==`);
  const benchmark = (await import(pathToFileURL(path.join(benchDirectory, `${name}.bench.ts`)).href)) as { default: () => Promise<void> | void };
  await benchmark.default();
}
