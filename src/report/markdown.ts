import { reportLabels } from "./labels";
import type { ReportDto } from "./types";

/** Escapes Markdown syntax and raw HTML so article and reviewer text is always shown as text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|>~#]/g, (character) => `\\${character}`)
    .replace(/</g, "&lt;")
    .replace(/\r?\n/g, " ");
}

function linkDestination(url: string): string {
  // URLs were validated as http(s) on input; angle brackets keep spaces and parentheses from breaking the link.
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

export function renderReportMarkdown(report: ReportDto): string {
  const labels = reportLabels[report.article.language];
  const lines: string[] = [];
  lines.push(`# ${labels.heading}: ${escapeMarkdown(report.article.title)}`, "");
  lines.push(`${labels.generated}: ${report.generatedAt.slice(0, 10)}`, "");
  if (report.claims.length === 0) lines.push(labels.noClaims, "");
  report.claims.forEach((claim, index) => {
    lines.push(`## ${labels.claim} ${index + 1}: «${escapeMarkdown(claim.quote)}»`, "");
    if (claim.claimReviewed) lines.push(`**${escapeMarkdown(claim.claimReviewed)}**`, "");
    lines.push(`> ${escapeMarkdown(claim.context.before)}**${escapeMarkdown(claim.context.quote)}**${escapeMarkdown(claim.context.after)}`, "");
    if (claim.normalisedValue) lines.push(`${labels.value}: ${escapeMarkdown(claim.normalisedValue)}`, "");
    if (claim.verdict) {
      const author = claim.verdict.author
        ? ` (${labels.by} ${escapeMarkdown(claim.verdict.author)}${labels.separator}${claim.verdict.date})`
        : ` (${claim.verdict.date})`;
      lines.push(`**${labels.verdict}: ${escapeMarkdown(claim.verdict.ratingLabel)}**${author}`, "");
      lines.push(`${labels.explanation}: ${escapeMarkdown(claim.verdict.explanation)}`, "");
    } else {
      lines.push(`**${labels.verdict}:** ${labels.underReview}`, "");
    }
    if (claim.corrections.length > 0) {
      lines.push(`### ${labels.corrections}`, "");
      for (const correction of claim.corrections) {
        const rating = correction.ratingLabel ? `: ${escapeMarkdown(correction.ratingLabel)}` : "";
        const by = correction.by ? ` (${labels.by} ${escapeMarkdown(correction.by)})` : "";
        lines.push(`- ${correction.date} — ${labels.correctionActions[correction.action]}${rating}${by}. ${escapeMarkdown(correction.reason)}`);
      }
      lines.push("");
    }
    lines.push(`### ${labels.sources}`, "");
    if (claim.sources.length === 0) lines.push(`- ${labels.noSources}`);
    for (const source of claim.sources) {
      const publisher = source.publisher ? ` — ${escapeMarkdown(source.publisher)}` : "";
      lines.push(
        `- [${escapeMarkdown(source.title)}](${linkDestination(source.url)})${publisher} — ${labels.stances[source.stance]} (${labels.accessed} ${source.accessedAt})`,
      );
      if (source.excerpt) lines.push(`  > ${escapeMarkdown(source.excerpt)}`);
    }
    lines.push("");
  });
  return `${lines.join("\n").trimEnd()}\n`;
}
