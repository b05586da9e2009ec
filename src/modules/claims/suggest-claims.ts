import { describe } from "@/anchoring";
import { detect } from "@/detection";
import type { ClaimDetection } from "./schemas";

export interface ClaimDraft {
  status: "suggested";
  origin: "detector";
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
  detection: string;
}

/** Runs the numeric-claim detector over an article and turns each finding into a suggested claim. */
export function suggestClaims(text: string): ClaimDraft[] {
  return detect(text).map((finding) => {
    const { quote } = describe(text, finding.start, finding.end);
    const detection: ClaimDetection = {
      value: finding.value,
      ...(finding.valueHigh === undefined ? {} : { valueHigh: finding.valueHigh }),
      ...(finding.date === undefined ? {} : { date: finding.date }),
      unit: finding.unit,
      kind: finding.kind,
      qualifier: finding.qualifier,
      subject: finding.subject,
      scope: finding.scope,
      confidence: finding.confidence,
    };
    return {
      status: "suggested",
      origin: "detector",
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      positionStart: finding.start,
      positionEnd: finding.end,
      detection: JSON.stringify(detection),
    };
  });
}
