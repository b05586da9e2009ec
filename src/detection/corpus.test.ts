import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateCorpus, type CorpusEntry } from "./evaluate";
import { detect } from "./index";

const corpus = JSON.parse(readFileSync(new URL("./corpus/corpus.json", import.meta.url), "utf8")) as CorpusEntry[];

describe("labelled corpus", () => {
  it("has at least 200 sentences, half Arabic and half English, including sentences with no claim", () => {
    const arabic = corpus.filter((entry) => entry.language === "ar");
    const english = corpus.filter((entry) => entry.language === "en");
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(arabic.length).toBe(english.length);
    expect(arabic.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(english.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it("covers every kind in both languages", () => {
    for (const language of ["ar", "en"] as const) {
      const kinds = new Set(corpus.filter((entry) => entry.language === language).flatMap((entry) => entry.expected.map((expected) => expected.kind)));
      expect([...kinds].sort()).toEqual(["date", "money", "ordinal", "percent", "quantity", "range", "ratio"]);
    }
  });

  const evaluation = evaluateCorpus(corpus, detect);

  it("reaches precision and recall of at least 0.95", () => {
    const report = {
      precision: evaluation.precision,
      recall: evaluation.recall,
      missed: evaluation.missed.map((miss) => `${miss.expected.text} | ${miss.sentence}`),
      spurious: evaluation.spurious.map((extra) => `${extra.detection.text} | ${extra.sentence}`),
    };
    expect(evaluation.precision, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it("normalises every matched value exactly", () => {
    expect(evaluation.valueMismatches.map((pair) => ({ expected: pair.expected.value, got: pair.detection.value, text: pair.expected.text }))).toEqual([]);
    for (const pair of evaluation.matched) {
      expect(pair.detection.value).toBe(pair.expected.value);
      if (pair.expected.valueHigh !== undefined) expect(pair.detection.valueHigh).toBe(pair.expected.valueHigh);
      if (pair.expected.date !== undefined) expect(pair.detection.date).toBe(pair.expected.date);
    }
  });

  it("agrees on qualifiers, subjects and scopes where the corpus states them", () => {
    expect(evaluation.qualifierAgreement).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.subjectAgreement).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.scopeAgreement).toBeGreaterThanOrEqual(0.9);
  });
});

describe("evaluateCorpus", () => {
  const entry: CorpusEntry = {
    text: "يعيش 40 مليون شخص في 2020.",
    language: "ar",
    expected: [{ text: "40 مليون شخص", value: 40e6, kind: "quantity", unit: null, qualifier: "exact" }],
  };

  it("counts an overlapping detection with the right value, kind and unit as correct, and the rest as spurious", () => {
    const result = evaluateCorpus([entry], detect);
    expect(result.truePositives).toBe(1);
    expect(result.falsePositives).toBe(1); // 2020, not labelled in this toy entry
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBe(1);
  });

  it("counts a wrong value as a miss and a value mismatch", () => {
    const result = evaluateCorpus([{ ...entry, expected: [{ ...entry.expected[0]!, value: 4e6 }] }], detect);
    expect(result.recall).toBe(0);
    expect(result.valueMismatches).toHaveLength(1);
  });
});

// Written after the detector, from meaning, and run only once it was complete: one miss then
// ("الساعات الـ24" read as a rank) led to the sound-plural rule; kept as a check on overfitting.
const heldOut = JSON.parse(readFileSync(new URL("./corpus/held-out.json", import.meta.url), "utf8")) as CorpusEntry[];

describe("held-out sentences", () => {
  it("reach precision and recall of at least 0.95 with exact values", () => {
    const result = evaluateCorpus(heldOut, detect);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.valueMismatches).toEqual([]);
  });

  it("together with the labelled corpus, miss and add nothing (the 0.95 thresholds alone would let a regression through)", () => {
    for (const entries of [corpus, heldOut]) {
      const result = evaluateCorpus(entries, detect);
      expect(result.missed.map((miss) => `${miss.expected.text} | ${miss.sentence}`)).toEqual([]);
      expect(result.spurious.map((extra) => `${extra.detection.text} | ${extra.sentence}`)).toEqual([]);
    }
  });
});

// Sets written by separate sessions that never saw the detector, each run once before its misses were fixed as
// general rules (with their own cases in detect.test.ts); since then they guard against regressions.
// First runs, precision / recall:
// 1. 0.968 / 0.930 (Arabic 0.937 / 0.881): compound ordinals, أحد عشر, fractions of a possessed noun, a currency
//    adjective in the accusative, a year read as a range's low end, "finished fourth"; scope agreement 0.24 before
//    the gazetteer of every country.
// 2. 0.963 / 0.916 (Arabic 1.000 / 0.915, English 0.930 / 0.917): fractions of هذا/هذه and of construct chains,
//    المرحلة الثانية, الخامسة والثلاثين, "a fifth of", ISO currency codes, "Nigeria's 2025 budget", 19 مليون يمني as a
//    scope, South Sudan read as Sudan.
// 3. 0.956 / 0.953 (Arabic 0.938 / 0.938), 150 article-style sentences: currencies named once with their country
//    then bare, naira/baht/rand and nationalities before "pounds", 46 مليونا و44 ألف, the dual ألفا دينار, مائتي, ثلثهم,
//    ملم, "half the", a bare "million" read as a number.
// 4. 0.875 / 0.875 (Arabic 0.870 / 0.909, English 0.881 / 0.843), headlines, quotes, viral claims and regional prose:
//    Maghreb month names, lakh/crore, currency signs, model numbers. Still missed: أوقية (ouguiya, also "ounce") and
//    "the six months to September" (the corpus reads "the six" as a reference).
// 5. 0.940 / 0.914 (Arabic 0.918 / 0.908, English 0.961 / 0.920), 150 sentences heavy in units and Arabic forms:
//    compound units (متر مكعب، في الساعة، km/h, sq km, Mbps, TB, 40.3C), 89 ألفا و500, 1.300 as thousands, خمس الحالات
//    as a fifth, أخماس, ages (الأربعين من عمره، سن الثلاثين), المرتبة 55, أول منتخب, "at least one", N2.5 trillion.
//    "the 1,500m" as metres. Still missed: "roughly two-fifths living", "the first British woman".
// 6. 0.955 / 0.947 (Arabic 0.950 / 0.958, English 0.959 / 0.936), 150 everyday news paragraphs: ونصف المليون, مليونا
//    و833 ألف, 89.500 ليرة, أولي read as "first", تصل إلى, الأول من يوليو, 3.5pc, "a fifth more", -18°C, CFA francs,
//    "a quarter of a million", "second in a row", "Sept. 28", "20 درجة" as °C after درجات الحرارة.
// 7. 0.946 / 0.950 (Arabic 0.934 / 0.940, English 0.988 / 0.988), 120 long Arabic news sentences and 40 English:
//    5 ملايين و165 ألفا و602, بين ثلاثة ملايين وخمسة ملايين, بين خمسة وعشرة آلاف, وربع المليون, ثلاث أسر من كل أربع, بنحو
//    الربع, الأربع والعشرين ساعة, الفاتح من جانفي, %12, تقل عن, مركزه الأول, Hijri dates, بنزين 92, غرام/سنتيمتر/ميغاوات, bpd.
//    a dirham in a Casablanca court. Still missed: "بين سنتين وست سنوات".
// 8. 0.950 / 0.932 (Arabic 0.938 / 0.958, English 0.962 / 0.910), 160 sentences of a fact-checking desk's week:
//    طفل من كل ثلاثة أطفال, دفعة واحدة إلى 50% read as a range, تحت الصفر, Rs and crore, 150mm, "raise … from … to", a
//    dozen, mid-2024, "three in every ten", 2/3, "1 200" with a space between thousands, البنزين 92.
// 9. 0.983 / 0.967 (Arabic 1.000 / 0.976, English 0.969 / 0.959), 160 ordinary news sentences: الطابق الرابع, بولاية
//    ثانية, "drop 20-25%" (a change verb vetoed the range), "a 2021 survey", R28.79, "One person".
// 10. 1.000 / 0.974 (Arabic 1.000 / 0.988, English 1.000 / 0.963), 160 ordinary news sentences, run on the code of
//    the end of the second session: لأول مرة, "four and a half hours". Left as the corpus has them: "for the first
//    time" and "the first woman" (no ordinal), "the six weeks to March 10" (a reference).
// 11. 0.968 / 0.973 (Arabic 0.962 / 0.971, English 0.975 / 0.975), 160 ordinary news sentences, run on the code of
//    the start of the third session: جيجاواط and فدان, شهرها العشرين as an ordinal, "a record fourth", R50bn–R60bn,
//    "by Rs 117 to Rs 2,300" (two figures), pounds in an Egyptian paragraph, بحد أقصى, "over five years" as a period,
//    لاجئ سوري as the scope. Left as the detector has them: المرحلة الأولى as an ordinal, like المرحلة الثانية in set 2.
// 12. 0.956 / 0.944 (Arabic 0.974 / 0.968, English 0.938 / 0.921), 160 sentences of reports, quoted and viral claims,
//    run on the code after round 11's fixes: Sh346 billion, SR452.8 billion, Dh130 million, R254-billion, Rs8.4tr,
//    شيكل, قدم مكعبة, بالمية, لا تتجاوز as at most, "near 7%", "the 2022 floods" as a year, Class 5 and رؤية 2030 as
//    names. Left: duals alone (شهرين) as counts, "2.5 doctors for every 10,000 people" as a rate, "under-16s",
//    "Falcon 2 model", "30-year mortgage", and currencies only world knowledge gives.
// Each set with the scope agreement it reaches and what it still misses or adds (the ends of open problems, named in
// the comment above): anything else missed or added is a regression, even while precision and recall stay above 0.95.
const blindSets = [
  { file: "blind-1.json", minimumScopeAgreement: 0.9, missed: [], spurious: [] },
  { file: "blind-2.json", minimumScopeAgreement: 0.85, missed: [], spurious: [] },
  { file: "blind-3.json", minimumScopeAgreement: 0.75, missed: [], spurious: [] },
  { file: "blind-4.json", minimumScopeAgreement: 0.9, missed: ["4 مليارات أوقية جديدة", "six months"], spurious: ["4 مليارات أوقية"] },
  { file: "blind-5.json", minimumScopeAgreement: 0.6, missed: ["السادسة", "first", "roughly two-fifths"], spurious: [] },
  { file: "blind-6.json", minimumScopeAgreement: 0.9, missed: [], spurious: [] },
  { file: "blind-7.json", minimumScopeAgreement: 0.9, missed: ["بين سنتين وست سنوات"], spurious: ["وست سنوات"] },
  { file: "blind-8.json", minimumScopeAgreement: 0.9, missed: [], spurious: [] },
  { file: "blind-9.json", minimumScopeAgreement: 0.9, missed: [], spurious: [] },
  { file: "blind-10.json", minimumScopeAgreement: 0.7, missed: ["first", "first", "six weeks"], spurious: [] },
  { file: "blind-11.json", minimumScopeAgreement: 0.9, missed: [], spurious: ["الأولى", "الأولى"] },
  {
    file: "blind-12.json",
    minimumScopeAgreement: 0.8,
    missed: ["شهرين", "موسمين", "Rs2.3 trillion", "about 2.5 doctors for every 10,000 people", "$24.10", "under-16s"],
    spurious: ["Rs2.3 trillion", "about 2.5 doctors", "10,000 people", "$24.10", "2 model", "30"],
    // Currencies the sentence does not name: the labeller knew the National Assembly is Pakistan's and the Fair
    // Work Commission Australia's.
    mismatched: ["Rs2.3 trillion", "$24.10"],
  },
];

describe("sets written without seeing the detector", () => {
  it("include every blind set in the corpus folder", () => {
    const onDisk = readdirSync(new URL("./corpus/", import.meta.url)).filter((file) => /^blind-\d+\.json$/.test(file));
    expect(blindSets.map((set) => set.file).sort()).toEqual(onDisk.sort());
  });

  it.each(blindSets)(
    "$file reaches precision and recall of at least 0.95 in each language with exact values",
    ({ file, minimumScopeAgreement, mismatched = [] }) => {
      const entries = JSON.parse(readFileSync(new URL(`./corpus/${file}`, import.meta.url), "utf8")) as CorpusEntry[];
      for (const language of ["ar", "en"] as const) {
        const result = evaluateCorpus(
          entries.filter((entry) => entry.language === language),
          detect,
        );
        const report = JSON.stringify({
          language,
          missed: result.missed.map((miss) => miss.expected.text),
          spurious: result.spurious.map((extra) => extra.detection.text),
        });
        expect(result.precision, report).toBeGreaterThanOrEqual(0.95);
        expect(result.recall, report).toBeGreaterThanOrEqual(0.95);
        expect(
          result.valueMismatches.filter((mismatch) => !mismatched.includes(mismatch.expected.text)),
          report,
        ).toEqual([]);
        expect(result.scopeAgreement, report).toBeGreaterThanOrEqual(minimumScopeAgreement);
      }
    },
  );

  it.each(blindSets)("$file misses and adds nothing beyond its known cases", ({ file, missed, spurious, mismatched = [] }) => {
    const entries = JSON.parse(readFileSync(new URL(`./corpus/${file}`, import.meta.url), "utf8")) as CorpusEntry[];
    const result = evaluateCorpus(entries, detect);
    expect(result.missed.map((miss) => miss.expected.text)).toEqual(missed);
    expect(result.spurious.map((extra) => extra.detection.text)).toEqual(spurious);
    expect(result.valueMismatches.map((mismatch) => mismatch.expected.text)).toEqual(mismatched);
  });
});
