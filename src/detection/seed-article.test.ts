import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detect, type Detection } from "./index";

// How the "seven quantities and one date" are counted (see also the report):
// the seven distinct quantities are 100 مليار رسالة, 12 مليار صورة, 20 مليار رسالة (India), 900 مليون رسالة
// (United Kingdom), 50 مليون حساب, 1,5 مليار (مستخدميه) and "يوم واحد" (one day, a number word); the one date
// is WhatsApp's founding, written "2009" in the headline and "مايو/أيار 2009" in the body. The first three
// quantities are repeated (headline and body), so they are detected twice. The article also states two
// dates the issue did not count: the year 2020 and "الـ31 من ديسمبر/كانون الأول" (no year, so value null).
// "بداية ديسمبر/كانون الأول" has no number and is not a numeric expression.
const article = readFileSync(new URL("./fixtures/whatsapp-new-year-ar.txt", import.meta.url), "utf8");

type Expected = Pick<Detection, "text" | "value" | "kind" | "unit" | "qualifier" | "subject" | "scope"> & { date?: string };

const quantity = (text: string, value: number, subject: string | null, scope: string | null = null): Expected => ({
  text,
  value,
  kind: "quantity",
  unit: null,
  qualifier: text.startsWith("أكثر من") ? "more than" : "exact",
  subject,
  scope,
});
const date = (text: string, value: number | null, isoDate: string): Expected => ({
  text,
  value,
  kind: "date",
  unit: null,
  qualifier: "exact",
  subject: null,
  scope: null,
  date: isoDate,
});

const expectedInOrder: Expected[] = [
  quantity("أكثر من 100 مليار رسالة", 100e9, "رسالة"),
  quantity("أكثر من 12 مليار صورة", 12e9, "صورة"),
  quantity("أكثر من 20 مليار رسالة", 20e9, "رسالة", "India"),
  date("2009", 2009, "2009"),
  quantity("أكثر من 100 مليار رسالة", 100e9, "رسالة"),
  quantity("أكثر من 12 مليار صورة", 12e9, "صورة"),
  date("مايو/أيار 2009", 2009, "2009-05"),
  quantity("أكثر من 900 مليون رسالة", 900e6, "رسالة", "United Kingdom"),
  quantity("أكثر من 20 مليار رسالة", 20e9, "رسالة", "India"),
  quantity("يوم واحد", 1, "يوم"),
  date("2020", 2020, "2020"),
  date("31 من ديسمبر/كانون الأول", null, "--12-31"),
  quantity("50 مليون حساب", 50e6, "حساب"),
  quantity("1,5 مليار", 1.5e9, "مستخدميه"),
];

describe("seed article: WhatsApp on New Year's Eve", () => {
  const detections = detect(article);

  it("yields every numeric expression of the article, in order, with exact values, subjects and scopes", () => {
    expect(
      detections.map(({ text, value, kind, unit, qualifier, subject, scope, date: isoDate }) => ({
        text,
        value,
        kind,
        unit,
        qualifier,
        subject,
        scope,
        ...(isoDate === undefined ? {} : { date: isoDate }),
      })),
    ).toEqual(expectedInOrder);
  });

  it("finds exactly seven distinct quantities and one founding date", () => {
    const quantities = new Set(
      detections.filter((detection) => detection.kind === "quantity").map((detection) => `${detection.value} ${detection.subject} ${detection.scope}`),
    );
    expect(quantities.size).toBe(7);
    const foundingDates = detections.filter((detection) => detection.kind === "date" && detection.value === 2009);
    expect(new Set(foundingDates.map((detection) => detection.value)).size).toBe(1);
    expect(foundingDates.map((detection) => detection.date)).toEqual(["2009", "2009-05"]);
  });

  it("gives offsets that slice back to the detected text", () => {
    for (const detection of detections) expect(article.slice(detection.start, detection.end)).toBe(detection.text);
  });
});
