import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderW3cAnnotationCollection } from "./w3c-annotations";
import type { W3cAnnotation, W3cAnnotationCollection, W3cClaimInput, W3cSelector } from "./w3c-annotations";

// Copied from the W3C web-annotation-tests (see fixtures/w3c-schemas/README.md) so CI needs nothing outside the repo.
const schemaDirectory = fileURLToPath(new URL("./fixtures/w3c-schemas/", import.meta.url));

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${schemaDirectory}${relativePath}`, "utf8")) as unknown;
}

interface NamedValidator {
  file: string;
  validate: ValidateFunction;
}

function loadMustValidators(): Record<"annotation" | "collection" | "page", NamedValidator[]> {
  // The JSONtest keywords (assertionType, errorMessage …) are not JSON Schema: strict mode would refuse them.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(`${schemaDirectory}definitions`)) ajv.addSchema(readJson(`definitions/${file}`) as object);
  const compileManifest = (manifest: string) =>
    (readJson(manifest) as { assertions: string[] }).assertions.map((file) => ({ file, validate: ajv.compile(readJson(file) as object) }));
  return {
    annotation: compileManifest("annotations/annotationMusts.test"),
    collection: compileManifest("collections/collectionMusts.test"),
    page: compileManifest("collections/pages/pageMusts.test"),
  };
}

const validators = loadMustValidators();

/** The MUST assertions a document fails, with ajv's reasons; empty when it conforms. */
function failedAssertions(document: unknown, kind: keyof typeof validators): string[] {
  return validators[kind].flatMap(({ file, validate }) => (validate(document) ? [] : [`${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`]));
}

/** An embedded annotation takes its @context from the collection (JSON-LD); standing alone it must carry it. */
function standalone(annotation: unknown): unknown {
  return { "@context": "http://www.w3.org/ns/anno.jsonld", ...(annotation as object) };
}

const baseUrl = "https://tahqiq.example";
// Emoji (one with a skin-tone modifier, a flag) and Arabic before the claims: UTF-16 offsets run ahead of code points.
const emojiArabicText = "👋🏽 قال الوزير 🇸🇦 إن أكثر من 100 مليار رسالة أُرسلت 😀 وإن 20 مليار منها من الهنود.";

function claimAt(text: string, exact: string, overrides: Partial<W3cClaimInput> = {}): W3cClaimInput {
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" is not in the text`);
  const end = start + exact.length;
  return {
    id: `claim-${start}`,
    status: "open",
    target: {
      selector: [
        { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
        { start, end },
      ],
    },
    anchoring: { status: "anchored" },
    sources: [],
    verdicts: [],
    createdAt: "2026-03-01T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

function render(text: string, claims: W3cClaimInput[], language = "ar"): W3cAnnotationCollection {
  return renderW3cAnnotationCollection({
    baseUrl,
    article: { id: "article-1", title: "مقال للاختبار", language, text, createdAt: "2026-03-01T09:00:00.000Z" },
    claims,
  });
}

function itemsOf(collection: W3cAnnotationCollection): W3cAnnotation[] {
  return collection.first?.items ?? [];
}

function positionOf(annotation: W3cAnnotation): { start: number; end: number } | undefined {
  return annotation.target.selector.find(
    (selector): selector is Extract<W3cSelector, { type: "TextPositionSelector" }> => selector.type === "TextPositionSelector",
  );
}

describe("renderW3cAnnotationCollection: code-point offsets", () => {
  const cases = [
    {
      name: "emoji and Arabic before the claim",
      text: emojiArabicText,
      exact: "100 مليار",
      expectedStart: [...emojiArabicText.slice(0, emojiArabicText.indexOf("100 مليار"))].length,
    },
    {
      name: "an emoji inside the claim",
      text: emojiArabicText,
      exact: "أُرسلت 😀 وإن 20",
      expectedStart: [...emojiArabicText.slice(0, emojiArabicText.indexOf("أُرسلت 😀"))].length,
    },
    { name: "a claim at the very start, no astral characters", text: "Inflation hit 7% in March.", exact: "Inflation hit 7%", expectedStart: 0 },
    { name: "Arabic only: offsets unchanged", text: "قال الوزير إن 20 مليار رسالة أُرسلت.", exact: "20 مليار", expectedStart: "قال الوزير إن ".length },
  ];

  it.each(cases)("$name", ({ text, exact, expectedStart }) => {
    const [annotation] = itemsOf(render(text, [claimAt(text, exact)]));
    const position = annotation && positionOf(annotation);
    expect(position).toEqual({ type: "TextPositionSelector", start: expectedStart, end: expectedStart + [...exact].length });
    expect([...text].slice(position?.start, position?.end).join("")).toBe(exact);
  });

  it("really differs from the UTF-16 offsets when astral characters come first", () => {
    const claim = claimAt(emojiArabicText, "100 مليار");
    const position = positionOf(itemsOf(render(emojiArabicText, [claim]))[0]!);
    expect(position?.start).toBeLessThan(claim.target.selector[1].start);
    expect(emojiArabicText.slice(position?.start, position?.end)).not.toBe("100 مليار");
  });

  it("holds for any text around any quote (property)", () => {
    const character = fc.constantFrom("a", " ", "ق", "ل", "ُ", "😀", "👋", "🏽", "🇸", "𝒳", "\n", "é");
    const piece = fc.array(character, { maxLength: 12 }).map((characters) => characters.join(""));
    fc.assert(
      fc.property(
        piece,
        fc.array(character, { minLength: 1, maxLength: 8 }).map((characters) => characters.join("")),
        piece,
        (before, exact, after) => {
          const text = `${before}${exact}${after}`;
          const claim: W3cClaimInput = {
            ...claimAt(text, exact),
            target: {
              selector: [
                { exact, prefix: before, suffix: after },
                { start: before.length, end: before.length + exact.length },
              ],
            },
          };
          const position = positionOf(itemsOf(render(text, [claim]))[0]!);
          expect([...text].slice(position?.start, position?.end).join("")).toBe(exact);
        },
      ),
    );
  });
});

describe("renderW3cAnnotationCollection: which claims, which bodies", () => {
  const text = emojiArabicText;
  const verdicts = [
    { rating: "false", explanation: "رأي أول.", author: "مراجِعة", createdAt: "2026-03-02T08:00:00.000Z" },
    { rating: "mostly-true", explanation: "الرقم مطابق لإعلان الشركة.", author: "مراجِعة", createdAt: "2026-03-03T08:00:00.000Z" },
  ];

  const cases: { name: string; claim: W3cClaimInput; isExported: boolean; motivation?: string; bodies?: unknown[]; selectorTypes?: string[] }[] = [
    { name: "a suggestion is left out", claim: claimAt(text, "100 مليار", { status: "suggested" }), isExported: false },
    { name: "a dismissed claim is left out", claim: claimAt(text, "100 مليار", { status: "dismissed" }), isExported: false },
    { name: "an orphan is left out", claim: claimAt(text, "100 مليار", { anchoring: { status: "orphan" } }), isExported: false },
    {
      name: "an open claim without verdict highlights",
      claim: claimAt(text, "100 مليار"),
      isExported: true,
      motivation: "highlighting",
      bodies: undefined,
      selectorTypes: ["TextQuoteSelector", "TextPositionSelector"],
    },
    {
      name: "an open claim with verdicts assesses with the latest one, its rating and its sources",
      claim: claimAt(text, "100 مليار", {
        verdicts: [verdicts[1]!, verdicts[0]!],
        sources: [
          { url: "https://example.org/report", createdAt: "2026-03-04T08:00:00.000Z" },
          { url: "not a url", createdAt: "2026-03-04T08:00:00.000Z" },
        ],
      }),
      isExported: true,
      motivation: "assessing",
      bodies: [
        {
          type: "TextualBody",
          purpose: "assessing",
          value: "الرقم مطابق لإعلان الشركة.",
          format: "text/plain",
          language: "ar",
          created: "2026-03-03T08:00:00.000Z",
          creator: { type: "Person", name: "مراجِعة" },
        },
        { type: "TextualBody", purpose: "classifying", value: "mostly-true", format: "text/plain" },
        { type: "SpecificResource", purpose: "linking", source: "https://example.org/report" },
      ],
    },
    {
      name: "a position that no longer frames the quote is dropped, the quote kept",
      claim: {
        ...claimAt(text, "100 مليار"),
        target: {
          selector: [
            { exact: "100 مليار", prefix: "", suffix: "" },
            { start: 0, end: 4 },
          ],
        },
      },
      isExported: true,
      selectorTypes: ["TextQuoteSelector"],
    },
  ];

  it.each(cases)("$name", ({ claim, isExported, motivation, bodies, selectorTypes }) => {
    const collection = render(text, [claim]);
    expect(collection.total).toBe(isExported ? 1 : 0);
    const [annotation] = itemsOf(collection);
    if (!isExported) {
      expect(collection.first).toBeUndefined();
      return;
    }
    expect(annotation).toMatchObject({ id: `${baseUrl}/api/claims/${claim.id}`, type: "Annotation", target: { source: `${baseUrl}/articles/article-1` } });
    if (motivation) expect(annotation?.motivation).toBe(motivation);
    if (motivation) expect(annotation?.body).toEqual(bodies);
    if (selectorTypes) expect(annotation?.target.selector.map((selector) => selector.type)).toEqual(selectorTypes);
  });

  it("dates the annotation by its latest change, verdicts and sources included", () => {
    const claim = claimAt(text, "100 مليار", { verdicts, sources: [{ url: "https://example.org/a", createdAt: "2026-03-05T08:00:00.000Z" }] });
    expect(itemsOf(render(text, [claim]))[0]).toMatchObject({ created: "2026-03-01T10:00:00.000Z", modified: "2026-03-05T08:00:00.000Z" });
  });

  it("builds the ids on the base URL without doubling its slash", () => {
    const collection = renderW3cAnnotationCollection({
      baseUrl: `${baseUrl}/`,
      article: { id: "article-1", title: "t", language: "en", text },
      claims: [claimAt(text, "100 مليار")],
    });
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${baseUrl}/api/articles/article-1/annotations`,
      type: "AnnotationCollection",
      label: "t",
      total: 1,
    });
    expect(collection.first?.id).toBe(`${baseUrl}/api/articles/article-1/annotations#page-1`);
  });
});

describe("W3C MUST assertions (web-annotation-tests JSON schemas)", () => {
  const text = emojiArabicText;
  const fullClaim = claimAt(text, "100 مليار", {
    verdicts: [{ rating: "misleading", explanation: "السياق ناقص.", author: null, createdAt: "2026-03-03T08:00:00.123Z" }],
    sources: [{ url: "https://example.org/تقرير?q=1", createdAt: "2026-03-02T08:00:00.000Z" }],
  });
  const collection = render(text, [fullClaim, claimAt(text, "20 مليار"), claimAt(text, "الهنود", { status: "suggested" })]);
  const annotations = itemsOf(collection);

  it("renders two annotations to check", () => {
    expect(annotations).toHaveLength(2);
    expect(validators.annotation.length).toBeGreaterThan(50);
  });

  it("the collection passes every collection and page MUST", () => {
    expect(failedAssertions(collection, "collection")).toEqual([]);
    expect(failedAssertions(collection, "page")).toEqual([]);
  });

  it("an empty collection passes the collection MUSTs", () => {
    expect(failedAssertions(render(text, []), "collection")).toEqual([]);
  });

  it.each(annotations.map((annotation) => ({ motivation: annotation.motivation, annotation })))(
    "a $motivation annotation passes every annotation MUST",
    ({ annotation }) => {
      expect(failedAssertions(standalone(annotation), "annotation")).toEqual([]);
    },
  );

  const broken: { name: string; document: () => unknown; kind: keyof typeof validators; assertion: string }[] = [
    {
      name: "an annotation without target",
      kind: "annotation",
      assertion: "annotations/3.1-targetKeyFound.json",
      document: () => standalone({ ...annotations[0]!, target: undefined }),
    },
    {
      name: "an annotation whose type is wrong",
      kind: "annotation",
      assertion: "annotations/3.1-annotationTypeValidated.json",
      document: () => standalone({ ...annotations[0]!, type: "Note" }),
    },
    {
      name: "an annotation with a relative id",
      kind: "annotation",
      assertion: "annotations/3.1-annotationIdValidated.json",
      document: () => standalone({ ...annotations[0]!, id: "/api/claims/1" }),
    },
    {
      name: "an annotation without @context",
      kind: "annotation",
      assertion: "annotations/3.1-annotationContextValidated.json",
      document: () => annotations[0],
    },
    {
      name: "a TextPositionSelector with a negative start",
      kind: "annotation",
      assertion: "annotations/specificResource/4.2-TextDataPositionSelectorValid.json",
      document: () =>
        standalone({ ...annotations[0]!, target: { ...annotations[0]!.target, selector: [{ type: "TextPositionSelector", start: -1, end: 3 }] } }),
    },
    {
      name: "a TextQuoteSelector without exact",
      kind: "annotation",
      assertion: "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
      document: () => standalone({ ...annotations[0]!, target: { ...annotations[0]!.target, selector: [{ type: "TextQuoteSelector", prefix: "a" }] } }),
    },
    {
      name: "a created date that is not a date-time",
      kind: "annotation",
      assertion: "annotations/3.3.1-annotationCreatedValidated.json",
      document: () => standalone({ ...annotations[0]!, created: "yesterday" }),
    },
    {
      name: "a collection whose type is wrong",
      kind: "collection",
      assertion: "collections/5.1-collectionTypeValidated.json",
      document: () => ({ ...collection, type: "Collection" }),
    },
    {
      name: "a collection with annotations but no first page",
      kind: "collection",
      assertion: "collections/5.1-collectionFirstValidated.json",
      document: () => ({ ...collection, first: undefined }),
    },
  ];

  it.each(broken)("refuses $name ($assertion)", ({ document, kind, assertion }) => {
    // JSON round trip drops the undefined keys, as a real serialisation would.
    const failures = failedAssertions(JSON.parse(JSON.stringify(document())) as unknown, kind);
    expect(failures.map((failure) => failure.split(":")[0])).toContain(assertion);
  });
});
