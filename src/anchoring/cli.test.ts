import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repository = fileURLToPath(new URL("../..", import.meta.url));
const seedFile = fileURLToPath(new URL("./fixtures/whatsapp-new-year-ar.txt", import.meta.url));

function runCli(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(repository, "scripts/anchor.ts"), ...files], { cwd: repository, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run anchor (scripts/anchor.ts)", () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), "anchor-cli-"));

  it("prints only the JSON result for a W3C target", () => {
    const selectorsFile = path.join(directory, "target.json");
    const target = {
      selector: [
        { type: "RangeSelector", startContainer: "/div[1]", endContainer: "/div[1]", startOffset: 0, endOffset: 3 },
        { type: "TextQuoteSelector", exact: "900 مليون رسالة", prefix: "استحوذوا على أكثر من ", suffix: "، بينما وصل عدد" },
        { type: "TextPositionSelector", start: 1, end: 16 },
      ],
    };
    writeFileSync(selectorsFile, JSON.stringify(target));
    const { status, stdout, stderr } = runCli(seedFile, selectorsFile);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: "anchored", method: "quote", exactChanged: false });
  }, 30_000);

  it("reports bad input on stderr with exit code 2", () => {
    const badFile = path.join(directory, "bad.json");
    writeFileSync(badFile, '{"selector": "nope"}');
    const bad = runCli(seedFile, badFile);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("selector");
    const missing = runCli(path.join(directory, "missing.txt"), badFile);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
  }, 30_000);
});
