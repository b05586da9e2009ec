// Cross-checks between the figures of one article: a part cannot exceed its whole, and the parts
// stated for different scopes cannot add up to more than the whole. Only stated values are compared;
// qualifiers ("more than", "about") are reported beside the arithmetic, never used to decide a verdict.

import type { Qualifier } from "./types";

export interface FigureForCheck {
  id: string;
  value: number | null;
  kind: string;
  unit: string | null;
  qualifier: Qualifier | string;
  subject: string | null;
  scope: string | null;
}

export interface ConsistencyCheck {
  kind: "part-within-whole" | "parts-within-whole";
  subject: string;
  /** Every claim the check rests on: the whole first, then the parts. */
  claimIds: string[];
  wholeIds: string[];
  partIds: string[];
  holds: boolean;
  /** The comparison with the stated numbers, e.g. "900,000,000 (United Kingdom) + 20,000,000,000 (India) = 20,900,000,000 ≤ 100,000,000,000". */
  arithmetic: string;
  /** The same comparison as data, so an interface can name the scopes in its own language. */
  parts: { value: number; scope: string }[];
  /** Sum of the parts (the part itself when there is one). */
  total: number;
  whole: number;
  /** Qualifiers met on the way ("more than" on both sides weakens the check), for the person to weigh. */
  qualifiers: string[];
}

const arabicArticle = /^(?:وال|فال|بال|كال|لل|ال)/;

/** Folds the counted noun so "رسالة", "الرسالة" and "الرساله" compare equal; plural forms are not merged. */
export function subjectKey(subject: string): string {
  return subject
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(arabicArticle, "")
    .toLowerCase()
    .trim();
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat("en", { maximumFractionDigits: 4 }).format(value);
}

/** Parts (each with a scope) against their whole: the sum, whether it holds, and the same as one line of text. */
function comparison(parts: readonly Figure[], whole: Figure): Omit<ConsistencyCheck, "kind" | "subject"> {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const holds = total <= whole.value;
  const terms = parts.map((part) => `${formatNumber(part.value)} (${part.scope})`).join(" + ");
  const sum = parts.length > 1 ? ` = ${formatNumber(total)}` : "";
  return {
    claimIds: [...whole.ids, ...parts.flatMap((part) => part.ids)],
    wholeIds: whole.ids,
    partIds: parts.flatMap((part) => part.ids),
    holds,
    arithmetic: `${terms}${sum} ${holds ? "≤" : ">"} ${formatNumber(whole.value)}`,
    parts: parts.map((part) => ({ value: part.value, scope: part.scope ?? "" })),
    total,
    whole: whole.value,
    qualifiers: [...new Set([...parts.flatMap((part) => [...part.qualifiers]), ...whole.qualifiers])].filter((qualifier) => qualifier !== "exact"),
  };
}

interface Figure {
  ids: string[];
  value: number;
  scope: string | null;
  qualifiers: Set<string>;
}

/** Same value, same scope: one figure stated twice (a headline repeated in the body). */
function mergeRepeats(figures: FigureForCheck[]): Figure[] {
  const merged = new Map<string, Figure>();
  for (const figure of figures) {
    const key = `${figure.value}|${figure.scope ?? ""}`;
    const existing = merged.get(key);
    if (existing) {
      existing.ids.push(figure.id);
      existing.qualifiers.add(figure.qualifier);
    } else {
      merged.set(key, { ids: [figure.id], value: figure.value!, scope: figure.scope, qualifiers: new Set([figure.qualifier]) });
    }
  }
  return [...merged.values()];
}

export function checkConsistency(figures: readonly FigureForCheck[]): ConsistencyCheck[] {
  const groups = new Map<string, FigureForCheck[]>();
  for (const figure of figures) {
    if (figure.kind !== "quantity" && figure.kind !== "money") continue;
    if (figure.value === null || !figure.subject) continue;
    const key = `${subjectKey(figure.subject)}|${figure.kind}|${figure.unit ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }

  const checks: ConsistencyCheck[] = [];
  for (const group of groups.values()) {
    const subject = group[0]!.subject!;
    const figuresInGroup = mergeRepeats(group);
    const wholes = figuresInGroup.filter((figure) => figure.scope === null);
    const parts = figuresInGroup.filter((figure) => figure.scope !== null);
    if (wholes.length === 0 || parts.length === 0) continue;
    for (const whole of wholes) {
      for (const part of parts) {
        checks.push({ kind: "part-within-whole", subject, ...comparison([part], whole) });
      }
      const distinctScopes = new Map<string, Figure>();
      for (const part of parts) {
        const current = distinctScopes.get(part.scope!);
        if (!current || part.value > current.value) distinctScopes.set(part.scope!, part);
      }
      if (distinctScopes.size < 2) continue;
      const summed = [...distinctScopes.values()].sort((left, right) => left.value - right.value);
      checks.push({ kind: "parts-within-whole", subject, ...comparison(summed, whole) });
    }
  }
  return checks;
}
