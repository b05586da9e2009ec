import { utf16ToCodePointOffset } from "@/anchoring";
import type { TextPositionSelector, TextQuoteSelector } from "@/anchoring";

/**
 * An article's claims as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/).
 *
 * What is exported, and why:
 * - Only claims a person accepted (status "open"), like the fact-check report: suggestions are the detector's
 *   unreviewed guesses, and dismissed claims were judged not to be claims.
 * - Orphans are left out: their text is no longer in the article, so a target pointing into the current
 *   article would describe text that is not there, and their stored offsets index an older revision.
 * - TextPositionSelector offsets count Unicode code points, as the model requires; we store UTF-16 units.
 */

const annotationContext = "http://www.w3.org/ns/anno.jsonld";

/** The article fields the export reads (an ArticleDto fits). */
export interface W3cArticleInput {
  id: string;
  title: string;
  language: string;
  text: string;
  createdAt?: string;
}

/** The claim fields the export reads (a ClaimDto fits). Offsets are UTF-16 code units of `article.text`. */
export interface W3cClaimInput {
  id: string;
  status: string;
  target: { selector: readonly [Omit<TextQuoteSelector, "type">, Omit<TextPositionSelector, "type">] };
  anchoring: { status: string };
  sources: readonly { url: string; createdAt: string }[];
  verdicts: readonly { rating: string; explanation: string; author: string | null; createdAt: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface W3cAnnotationInput {
  /** Origin the ids are built on, e.g. "https://tahqiq.example" (a trailing slash is ignored). */
  baseUrl: string;
  article: W3cArticleInput;
  claims: readonly W3cClaimInput[];
}

export interface W3cTextualBody {
  type: "TextualBody";
  purpose: "assessing" | "classifying";
  value: string;
  format: "text/plain";
  language?: string;
  created?: string;
  creator?: { type: "Person"; name: string };
}

export interface W3cLinkingBody {
  type: "SpecificResource";
  purpose: "linking";
  source: string;
}

export type W3cSelector = TextQuoteSelector | TextPositionSelector;

export interface W3cAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  created: string;
  modified: string;
  body?: (W3cTextualBody | W3cLinkingBody)[];
  target: { source: string; selector: W3cSelector[] };
}

export interface W3cAnnotationPage {
  id: string;
  type: "AnnotationPage";
  startIndex: 0;
  items: W3cAnnotation[];
}

export interface W3cAnnotationCollection {
  "@context": typeof annotationContext;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  created?: string;
  first?: W3cAnnotationPage;
}

/** The model requires xsd:dateTime in UTC with a "Z"; normalising also drops sub-second noise consistently. */
function toUtcTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${timestamp}`);
  return date.toISOString();
}

function latestTimestamp(timestamps: readonly string[]): string {
  return timestamps.reduce((latest, timestamp) => (Date.parse(timestamp) > Date.parse(latest) ? timestamp : latest));
}

/** Source URLs were checked as http(s) on input; anything that no longer parses is left out rather than emitted invalid. */
function toAbsoluteUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function isExported(claim: W3cClaimInput): boolean {
  // Accepted claims at any stage of review; the detector's suggestions and dismissed claims are not annotations.
  return claim.status !== "suggested" && claim.status !== "dismissed" && claim.anchoring.status !== "orphan";
}

function describeSelectors(text: string, claim: W3cClaimInput): W3cSelector[] {
  const [quote, position] = claim.target.selector;
  const selectors: W3cSelector[] = [{ type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  // A position that no longer frames the quote would send readers to the wrong words; the quote alone still anchors.
  const isPositionCurrent = position.end <= text.length && text.slice(position.start, position.end) === quote.exact;
  if (isPositionCurrent) {
    selectors.push({ type: "TextPositionSelector", start: utf16ToCodePointOffset(text, position.start), end: utf16ToCodePointOffset(text, position.end) });
  }
  return selectors;
}

function describeBodies(claim: W3cClaimInput, language: string): (W3cTextualBody | W3cLinkingBody)[] {
  const bodies: (W3cTextualBody | W3cLinkingBody)[] = [];
  const latestVerdict = claim.verdicts.reduce<W3cClaimInput["verdicts"][number] | null>(
    (latest, verdict) => (latest === null || Date.parse(verdict.createdAt) >= Date.parse(latest.createdAt) ? verdict : latest),
    null,
  );
  if (latestVerdict) {
    bodies.push({
      type: "TextualBody",
      purpose: "assessing",
      value: latestVerdict.explanation,
      format: "text/plain",
      language,
      created: toUtcTimestamp(latestVerdict.createdAt),
      ...(latestVerdict.author ? { creator: { type: "Person" as const, name: latestVerdict.author } } : {}),
    });
    // The rating key, not its label, so consumers can map it whatever language they show.
    bodies.push({ type: "TextualBody", purpose: "classifying", value: latestVerdict.rating, format: "text/plain" });
  }
  for (const source of claim.sources) {
    const url = toAbsoluteUrl(source.url);
    // A plain IRI body cannot carry a purpose, so each source is a SpecificResource around it.
    if (url) bodies.push({ type: "SpecificResource", purpose: "linking", source: url });
  }
  return bodies;
}

function renderAnnotation(input: W3cAnnotationInput, baseUrl: string, claim: W3cClaimInput): W3cAnnotation {
  const bodies = describeBodies(claim, input.article.language);
  // Adding a verdict or a source does not touch the claim row, yet it changes the annotation.
  const modified = latestTimestamp([
    claim.updatedAt,
    ...claim.verdicts.map((verdict) => verdict.createdAt),
    ...claim.sources.map((source) => source.createdAt),
  ]);
  return {
    id: `${baseUrl}/api/claims/${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: bodies.some((body) => body.purpose === "assessing") ? "assessing" : "highlighting",
    created: toUtcTimestamp(claim.createdAt),
    modified: toUtcTimestamp(modified),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: { source: `${baseUrl}/articles/${encodeURIComponent(input.article.id)}`, selector: describeSelectors(input.article.text, claim) },
  };
}

export function renderW3cAnnotationCollection(input: W3cAnnotationInput): W3cAnnotationCollection {
  const baseUrl = input.baseUrl.replace(/\/+$/, "");
  const collectionId = `${baseUrl}/api/articles/${encodeURIComponent(input.article.id)}/annotations`;
  const items = input.claims.filter(isExported).map((claim) => renderAnnotation(input, baseUrl, claim));
  return {
    "@context": annotationContext,
    id: collectionId,
    type: "AnnotationCollection",
    label: input.article.title,
    total: items.length,
    ...(input.article.createdAt ? { created: toUtcTimestamp(input.article.createdAt) } : {}),
    // The whole collection fits one page, embedded so one request gets everything; an empty collection has no page.
    ...(items.length > 0 ? { first: { id: `${collectionId}#page-1`, type: "AnnotationPage" as const, startIndex: 0 as const, items } } : {}),
  };
}
