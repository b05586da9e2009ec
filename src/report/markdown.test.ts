import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderReportMarkdown } from "./markdown";
import type { ReportDto } from "./types";

const report: ReportDto = {
  article: { id: "a1", title: "واتساب *يحقق* شعبية", language: "ar", direction: "rtl" },
  generatedAt: "2026-11-25T10:00:00.000Z",
  ratingScale: { bestRating: 6, worstRating: 1 },
  claims: [
    {
      id: "c1",
      quote: "أكثر من 100 مليار رسالة",
      claimReviewed: "",
      context: { before: "قال التقرير إن ", quote: "أكثر من 100 مليار رسالة", after: " أُرسلت." },
      position: { start: 15, end: 38 },
      normalisedValue: "100,000,000,000",
      verdict: {
        rating: "mostly-true",
        ratingLabel: "صحيح في معظمه",
        ratingValue: 5,
        colour: "#5a9e2f",
        explanation: "قريب [من] الرقم <b>الرسمي</b>.",
        author: "مراجعة",
        date: "2026-11-25",
      },
      status: "published",
      corrections: [{ action: "correct", ratingLabel: "صحيح في معظمه", reason: "تصحيح المصدر", by: "محرر", date: "2026-11-26" }],
      sources: [{ stance: "supports", url: "https://example.org/a b", title: "بيان", publisher: "واتساب", excerpt: "100 مليار", accessedAt: "2026-11-20" }],
    },
  ],
};

describe("renderReportMarkdown", () => {
  it("renders the report in the article's language with the claim in context, verdict, corrections and sources", () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("# تقرير التحقق: واتساب \\*يحقق\\* شعبية");
    expect(markdown).toContain("> قال التقرير إن **أكثر من 100 مليار رسالة** أُرسلت.");
    expect(markdown).toContain("**الحكم: صحيح في معظمه** (بقلم مراجعة، 2026-11-25)");
    expect(markdown).toContain("### التصحيحات");
    expect(markdown).toContain("- 2026-11-26 — صُحّح الحكم: صحيح في معظمه (بقلم محرر). تصحيح المصدر");
    expect(markdown).toContain("- [بيان](<https://example.org/a%20b>) — واتساب — يدعم (تاريخ الاطلاع 2026-11-20)");
  });

  it("never lets reviewer text become markup", () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("قريب \\[من\\] الرقم &lt;b\\>الرسمي&lt;/b\\>.");
    expect(markdown).not.toContain("<b>");
    expect(escapeMarkdown("a\nb")).toBe("a b");
  });

  it("says when a claim is still under review", () => {
    const markdown = renderReportMarkdown({ ...report, claims: [{ ...report.claims[0]!, verdict: null, corrections: [] }] });
    expect(markdown).toContain("**الحكم:** قيد المراجعة: لم يُنشر حكم بعد");
  });
});
