// GET /api/articles/{id}/annotations end to end in-process: real route handlers, real SQLite file, API tokens.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/auth/roles";
import { callRoute } from "@/test/call-route";
import type { CallOptions, RouteHandler } from "@/test/call-route";
import { createTestToken, createTestUsers } from "@/test/factories";
import * as annotationsRoute from "../articles/[id]/annotations/route";
import * as articleClaimsRoute from "../articles/[id]/claims/route";
import * as articlesRoute from "../articles/route";
import * as sourcesRoute from "../claims/[id]/sources/route";
import * as publicationsRoute from "../claims/[id]/publications/route";
import * as verdictsRoute from "../claims/[id]/verdicts/route";

// Emoji (surrogate pairs, a flag, a skin-tone modifier) before the claim, so UTF-16 and code-point offsets differ.
const emojiText = "👋🏽 قال الوزير 🇸🇦 إن أكثر من 100 مليار رسالة أُرسلت 😀 في يوم واحد.\nوفي فقرة ثانية نصٌّ آخر.";
const claimedText = "100 مليار رسالة";

const tokens = {} as Record<Role, string>;

type Handler = RouteHandler;

async function call(handler: Handler, options: CallOptions = {}) {
  const reply = await callRoute(handler, options);
  return { ...reply, body: reply.body as Record<string, unknown> };
}

interface ExportedAnnotation {
  id: string;
  motivation: string;
  body?: { purpose: string; value?: string; source?: string }[];
  target: { source: string; selector: ({ type: "TextQuoteSelector"; exact: string } | { type: "TextPositionSelector"; start: number; end: number })[] };
}

let articleId = "";
let claimId = "";

beforeAll(async () => {
  const users = await createTestUsers();
  for (const role of Object.keys(users) as Role[]) tokens[role] = await createTestToken(users[role]);
  const article = await call(articlesRoute.POST as Handler, {
    method: "POST",
    token: tokens.editor,
    body: { title: "مقال فيه رموز تعبيرية", text: emojiText },
  });
  expect(article.status).toBe(201);
  articleId = (article.body as { id: string }).id;
  // The detector's suggestions must be there for "left out of the export" to mean anything.
  expect((article.body as { claims: { status: string }[] }).claims.some((claim) => claim.status === "suggested")).toBe(true);
  const start = emojiText.indexOf(claimedText);
  const claim = await call(articleClaimsRoute.POST as Handler, {
    method: "POST",
    token: tokens.editor,
    id: articleId,
    body: { start, end: start + claimedText.length },
  });
  expect(claim.status).toBe(201);
  claimId = (claim.body as { id: string }).id;
  const source = { url: "https://example.org/report", title: "بيان الشركة", publisher: "واتساب", excerpt: "100 مليار", accessedAt: "2026-11-20" };
  expect((await call(sourcesRoute.POST as Handler, { method: "POST", token: tokens.reviewer, id: claimId, body: source })).status).toBe(201);
  const reviewed = await call(verdictsRoute.POST as Handler, {
    method: "POST",
    token: tokens.reviewer,
    id: claimId,
    body: { rating: "mostly-true", explanation: "الرقم مطابق لإعلان الشركة." },
  });
  expect(reviewed.status).toBe(201);
  // Only a published verdict is exported as an assessment.
  const published = await call(publicationsRoute.POST as Handler, {
    method: "POST",
    token: tokens.editor,
    id: claimId,
    body: { action: "publish", version: (reviewed.body as { version: number }).version, rating: "mostly-true", explanation: "الرقم مطابق لإعلان الشركة." },
  });
  expect(published.status).toBe(201);
});

describe("GET /api/articles/{id}/annotations", () => {
  it("refuses anonymous calls with 401", async () => {
    expect((await call(annotationsRoute.GET as Handler, { id: articleId })).status).toBe(401);
  });

  it("answers 404 for unknown ids, well-formed or not", async () => {
    expect((await call(annotationsRoute.GET as Handler, { token: tokens.viewer, id: "doesnotexist" })).status).toBe(404);
    expect((await call(annotationsRoute.GET as Handler, { token: tokens.viewer, id: "../../etc/passwd" })).status).toBe(404);
  });

  it("lets a viewer read the collection as Web Annotation JSON-LD", async () => {
    const response = await call(annotationsRoute.GET as Handler, { token: tokens.viewer, id: articleId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(response.body).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `http://localhost/api/articles/${articleId}/annotations`,
      type: "AnnotationCollection",
      label: "مقال فيه رموز تعبيرية",
    });
  });

  it("exports the accepted claim with code-point offsets, its verdict and source, and no detector suggestion", async () => {
    const response = await call(annotationsRoute.GET as Handler, { token: tokens.viewer, id: articleId });
    const collection = response.body as { total: number; first: { items: ExportedAnnotation[] } };
    expect(collection.total).toBe(1);
    const [annotation] = collection.first.items;
    expect(annotation).toMatchObject({
      id: `http://localhost/api/claims/${claimId}`,
      motivation: "assessing",
      target: { source: `http://localhost/articles/${articleId}` },
    });
    expect(annotation?.body?.map((body) => [body.purpose, body.value ?? body.source])).toEqual([
      ["assessing", "الرقم مطابق لإعلان الشركة."],
      ["classifying", "mostly-true"],
      ["linking", "https://example.org/report"],
    ]);

    const position = annotation?.target.selector.find((selector) => selector.type === "TextPositionSelector");
    const utf16Start = emojiText.indexOf(claimedText);
    expect(position).toEqual({
      type: "TextPositionSelector",
      start: [...emojiText.slice(0, utf16Start)].length,
      end: [...emojiText.slice(0, utf16Start + claimedText.length)].length,
    });
    expect(position?.start).not.toBe(utf16Start);
    expect([...emojiText].slice(position?.start, position?.end).join("")).toBe(claimedText);
  });
});
