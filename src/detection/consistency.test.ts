import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConsistency, subjectKey } from "./consistency";
import type { FigureForCheck } from "./consistency";
import { detect } from "./detect";

function figure(id: string, value: number, subject: string, scope: string | null, qualifier = "exact"): FigureForCheck {
  return { id, value, kind: "quantity", unit: null, qualifier, subject, scope };
}

describe("checkConsistency", () => {
  it("checks each part against the whole and the sum of the parts", () => {
    const checks = checkConsistency([
      figure("total", 100e9, "رسالة", null, "more than"),
      figure("india", 20e9, "رسالة", "India", "more than"),
      figure("uk", 900e6, "رسالة", "United Kingdom", "more than"),
    ]);
    expect(checks.map((check) => [check.kind, check.holds, check.arithmetic])).toEqual([
      ["part-within-whole", true, "20,000,000,000 (India) ≤ 100,000,000,000"],
      ["part-within-whole", true, "900,000,000 (United Kingdom) ≤ 100,000,000,000"],
      ["parts-within-whole", true, "900,000,000 (United Kingdom) + 20,000,000,000 (India) = 20,900,000,000 ≤ 100,000,000,000"],
    ]);
    expect(checks[0]!.qualifiers).toEqual(["more than"]);
  });

  it("flags a part larger than its whole and parts that add up to more", () => {
    const checks = checkConsistency([figure("total", 10e6, "users", null), figure("a", 6e6, "users", "India"), figure("b", 5e6, "users", "Egypt")]);
    expect(checks.filter((check) => check.kind === "part-within-whole").every((check) => check.holds)).toBe(true);
    const sum = checks.find((check) => check.kind === "parts-within-whole")!;
    expect(sum.holds).toBe(false);
    expect(sum.arithmetic).toBe("5,000,000 (Egypt) + 6,000,000 (India) = 11,000,000 > 10,000,000");
    // The same as data, for an interface that names the scopes in Arabic.
    expect(sum).toMatchObject({
      parts: [
        { value: 5e6, scope: "Egypt" },
        { value: 6e6, scope: "India" },
      ],
      total: 11e6,
      whole: 10e6,
    });
    const bigger = checkConsistency([figure("whole", 1e6, "votes", null), figure("part", 2e6, "votes", "Cairo")]);
    expect(bigger[0]).toMatchObject({ holds: false, arithmetic: "2,000,000 (Cairo) > 1,000,000" });
  });

  it("compares only figures of the same subject, kind and unit", () => {
    expect(checkConsistency([figure("a", 5, "صورة", null), figure("b", 9, "رسالة", "India")])).toEqual([]);
    expect(
      checkConsistency([
        { ...figure("a", 5, "x", null), unit: "USD", kind: "money" },
        { ...figure("b", 9, "x", "India"), unit: "EUR", kind: "money" },
      ]),
    ).toEqual([]);
  });

  it("folds the Arabic article and letter variants in subjects", () => {
    expect(subjectKey("الرسالة")).toBe(subjectKey("رساله"));
    expect(subjectKey("الأخبار")).toBe(subjectKey("اخبار"));
  });

  it("finds the seed article's checks: India and the UK within the total", () => {
    const text = readFileSync(path.join(import.meta.dirname, "../../prisma/seed/whatsapp-new-year-ar.txt"), "utf8");
    const checks = checkConsistency(detect(text).map((detection, index) => ({ ...detection, id: String(index) })));
    const arithmetic = checks.map((check) => check.arithmetic);
    expect(arithmetic).toContain("20,000,000,000 (India) ≤ 100,000,000,000");
    expect(arithmetic).toContain("900,000,000 (United Kingdom) ≤ 100,000,000,000");
    expect(arithmetic).toContain("900,000,000 (United Kingdom) + 20,000,000,000 (India) = 20,900,000,000 ≤ 100,000,000,000");
    expect(checks.every((check) => check.holds)).toBe(true);
  });
});
