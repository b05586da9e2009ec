export interface ReportLabels {
  heading: string;
  generated: string;
  claim: string;
  verdict: string;
  noVerdict: string;
  explanation: string;
  sources: string;
  noSources: string;
  accessed: string;
  by: string;
  value: string;
  noClaims: string;
  /** Between a name and a date: the Arabic comma in Arabic. */
  separator: string;
  underReview: string;
  corrections: string;
  correctionActions: Record<"publish" | "unpublish" | "correct", string>;
  stances: Record<"supports" | "refutes" | "context", string>;
}

/** The report speaks the article's language. */
export const reportLabels: Record<"ar" | "en", ReportLabels> = {
  ar: {
    heading: "تقرير التحقق",
    generated: "أُعدّ في",
    claim: "الادعاء",
    verdict: "الحكم",
    noVerdict: "لم يصدر حكم بعد",
    explanation: "التفسير",
    sources: "المصادر",
    noSources: "لا مصادر بعد",
    accessed: "تاريخ الاطلاع",
    by: "بقلم",
    value: "القيمة",
    noClaims: "لا ادعاءات مقبولة في هذا المقال بعد.",
    separator: "، ",
    underReview: "قيد المراجعة: لم يُنشر حكم بعد",
    corrections: "التصحيحات",
    correctionActions: { publish: "أعيد نشر الحكم", unpublish: "سُحب الحكم", correct: "صُحّح الحكم" },
    stances: { supports: "يدعم", refutes: "ينفي", context: "سياق" },
  },
  en: {
    heading: "Fact-check report",
    generated: "Generated",
    claim: "Claim",
    verdict: "Verdict",
    noVerdict: "No verdict yet",
    explanation: "Explanation",
    sources: "Sources",
    noSources: "No sources yet",
    accessed: "accessed",
    by: "by",
    value: "Value",
    noClaims: "This article has no accepted claims yet.",
    separator: ", ",
    underReview: "Under review: no verdict published yet",
    corrections: "Corrections",
    correctionActions: { publish: "Verdict republished", unpublish: "Verdict withdrawn", correct: "Verdict corrected" },
    stances: { supports: "supports", refutes: "refutes", context: "context" },
  },
};
