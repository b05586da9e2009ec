// Scoring of detections against a labelled corpus, shared by the corpus test and the benchmark.
import type { Detection, DetectionKind, DetectionLanguage, Qualifier } from "./types";

export interface ExpectedDetection {
  /** The exact span in the sentence. */
  text: string;
  value: number | null;
  valueHigh?: number;
  date?: string;
  kind: DetectionKind;
  unit: string | null;
  qualifier: Qualifier;
  subject?: string | null;
  scope?: string | null;
}

export interface CorpusEntry {
  text: string;
  language: DetectionLanguage;
  expected: ExpectedDetection[];
}

export interface ScoredPair {
  sentence: string;
  expected: ExpectedDetection;
  detection: Detection;
}

export interface Evaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Detections that overlap an expected span of the same kind but whose value (or upper bound) differs. */
  valueMismatches: ScoredPair[];
  /** Expected spans nobody matched, and detections that matched nothing. */
  missed: { sentence: string; expected: ExpectedDetection }[];
  spurious: { sentence: string; detection: Detection }[];
  matched: ScoredPair[];
  /** Agreement on the secondary fields, over matched pairs where the corpus states them. */
  qualifierAgreement: number;
  subjectAgreement: number;
  scopeAgreement: number;
}

interface ExpectedSpan {
  start: number;
  end: number;
  expected: ExpectedDetection;
}

function locateExpected(entry: CorpusEntry): ExpectedSpan[] {
  const spans: ExpectedSpan[] = [];
  const searchFrom = new Map<string, number>();
  for (const expected of entry.expected) {
    const start = entry.text.indexOf(expected.text, searchFrom.get(expected.text) ?? 0);
    if (start < 0) throw new Error(`Corpus span "${expected.text}" is not in "${entry.text}"`);
    searchFrom.set(expected.text, start + expected.text.length);
    spans.push({ start, end: start + expected.text.length, expected });
  }
  return spans;
}

function overlaps(span: ExpectedSpan, detection: Detection): boolean {
  return detection.start < span.end && span.start < detection.end;
}

function isCorrect(expected: ExpectedDetection, detection: Detection): boolean {
  return (
    detection.value === expected.value &&
    (expected.valueHigh === undefined || detection.valueHigh === expected.valueHigh) &&
    detection.kind === expected.kind &&
    detection.unit === expected.unit
  );
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** A detection counts as correct when its span overlaps an expected one and value, kind and unit match exactly. */
export function evaluateCorpus(entries: readonly CorpusEntry[], detectFunction: (text: string) => Detection[]): Evaluation {
  const matched: ScoredPair[] = [];
  const valueMismatches: ScoredPair[] = [];
  const missed: Evaluation["missed"] = [];
  const spurious: Evaluation["spurious"] = [];
  for (const entry of entries) {
    const spans = locateExpected(entry);
    const detections = detectFunction(entry.text);
    const usedDetections = new Set<number>();
    for (const span of spans) {
      const index = detections.findIndex(
        (detection, detectionIndex) => !usedDetections.has(detectionIndex) && overlaps(span, detection) && isCorrect(span.expected, detection),
      );
      const detection = detections[index];
      if (detection === undefined) {
        missed.push({ sentence: entry.text, expected: span.expected });
        const sameKind = detections.find((candidate) => overlaps(span, candidate) && candidate.kind === span.expected.kind);
        if (sameKind !== undefined) valueMismatches.push({ sentence: entry.text, expected: span.expected, detection: sameKind });
        continue;
      }
      usedDetections.add(index);
      matched.push({ sentence: entry.text, expected: span.expected, detection });
    }
    detections.forEach((detection, index) => {
      if (!usedDetections.has(index)) spurious.push({ sentence: entry.text, detection });
    });
  }
  const agreement = (field: "qualifier" | "subject" | "scope"): number => {
    const stated = matched.filter((pair) => pair.expected[field] !== undefined);
    return ratio(stated.filter((pair) => pair.detection[field] === pair.expected[field]).length, stated.length);
  };
  const truePositives = matched.length;
  return {
    truePositives,
    falsePositives: spurious.length,
    falseNegatives: missed.length,
    precision: ratio(truePositives, truePositives + spurious.length),
    recall: ratio(truePositives, truePositives + missed.length),
    valueMismatches,
    missed,
    spurious,
    matched,
    qualifierAgreement: agreement("qualifier"),
    subjectAgreement: agreement("subject"),
    scopeAgreement: agreement("scope"),
  };
}
