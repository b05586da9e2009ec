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
  },
};
