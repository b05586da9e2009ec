// The JSON API end to end in-process: real route handlers, real SQLite file, personal API tokens.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/auth/roles";
import { callRoute } from "@/test/call-route";
import type { CallOptions, RouteHandler } from "@/test/call-route";
import { createTestToken, createTestUsers } from "@/test/factories";
import * as articleRoute from "../articles/[id]/route";
import * as articleClaimsRoute from "../articles/[id]/claims/route";
import * as reportRoute from "../articles/[id]/report/route";
import * as articlesRoute from "../articles/route";
import * as claimRoute from "../claims/[id]/route";
import * as sourcesRoute from "../claims/[id]/sources/route";
import * as publicationsRoute from "../claims/[id]/publications/route";
import * as verdictsRoute from "../claims/[id]/verdicts/route";
import * as openApiRoute from "../openapi.json/route";
import * as setupRoute from "../setup/route";
import * as tokensRoute from "../tokens/route";
import * as usersRoute from "../users/route";

const arabicText = "قال الوزير إن أكثر من 100 مليار رسالة أُرسلت، وإن 20 مليار منها من الهنود.\nوفي فقرة ثانية نصٌّ آخر.";

const tokens = {} as Record<Role, string>;

type Handler = RouteHandler;
type ErrorBody = { error?: { message: string; fieldErrors?: Record<string, string[]>; current?: { version: number; status: string } } };

async function call(handler: Handler, options: CallOptions = {}) {
  const reply = await callRoute(handler, options);
  return { ...reply, body: reply.body as Record<string, unknown> & ErrorBody };
}

async function createArticleAs(role: Role, title = "مقال للاختبار") {
  return call(articlesRoute.POST as Handler, { method: "POST", token: tokens[role], body: { title, text: arabicText } });
}

beforeAll(async () => {
  const users = await createTestUsers();
  for (const role of Object.keys(users) as Role[]) tokens[role] = await createTestToken(users[role]);
});

describe("authentication", () => {
  it("refuses anonymous calls with 401 and a message", async () => {
    const response = await call(articlesRoute.GET as Handler);
    expect(response.status).toBe(401);
    expect(response.body.error?.message).toMatch(/Sign in/);
  });

  it("refuses an unknown or malformed token with 401", async () => {
    expect((await call(articlesRoute.GET as Handler, { token: "tq_notarealtokenatallxxxxxxxxxxxxxxxxxxxx" })).status).toBe(401);
    expect((await call(articlesRoute.GET as Handler, { headers: { authorization: "Basic abc" } })).status).toBe(401);
  });

  it("refuses a second first-run setup once users exist", async () => {
    const response = await call(setupRoute.POST as Handler, {
      method: "POST",
      body: { email: "late@example.test", name: "متأخر", password: "a-long-password" },
    });
    expect(response.status).toBe(403);
  });

  it("refuses cookie-style writes from another site (no token, foreign Origin)", async () => {
    const response = await call(articlesRoute.POST as Handler, {
      method: "POST",
      body: { title: "x", text: "y" },
      headers: { origin: "http://evil.example", host: "localhost" },
    });
    expect(response.status).toBe(403);
  });
});

describe("authorisation for every role", () => {
  it("lets every role read, and only editors and admins create articles", async () => {
    for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
      expect((await call(articlesRoute.GET as Handler, { token: tokens[role] })).status).toBe(200);
    }
    for (const role of ["viewer", "reviewer"] as const) {
      const response = await createArticleAs(role);
      expect(response.status).toBe(403);
      expect(response.body.error?.message).toContain(role);
    }
    for (const role of ["editor", "admin"] as const) expect((await createArticleAs(role)).status).toBe(201);
  });

  it("lets reviewers add sources and verdicts, not viewers; only editors manage claims", async () => {
    const article = (await createArticleAs("editor")).body as { id: string; claims: { id: string; version: number }[] };
    const claimId = article.claims[0]!.id;
    const claimBody = { version: article.claims[0]!.version, status: "open" };

    expect((await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.reviewer, id: claimId, body: claimBody })).status).toBe(403);
    expect((await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.viewer, id: claimId, body: claimBody })).status).toBe(403);
    expect((await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.editor, id: claimId, body: claimBody })).status).toBe(200);

    const source = { url: "https://example.org/report", title: "تقرير واتساب", publisher: "واتساب", excerpt: "100 مليار", accessedAt: "2026-11-20" };
    expect((await call(sourcesRoute.POST as Handler, { method: "POST", token: tokens.viewer, id: claimId, body: source })).status).toBe(403);
    expect((await call(sourcesRoute.POST as Handler, { method: "POST", token: tokens.reviewer, id: claimId, body: source })).status).toBe(201);

    const verdict = { rating: "mostly-true", explanation: "الرقم مطابق لإعلان الشركة." };
    const refused = await call(verdictsRoute.POST as Handler, { method: "POST", token: tokens.viewer, id: claimId, body: verdict });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/verdict/);
    expect((await call(verdictsRoute.POST as Handler, { method: "POST", token: tokens.reviewer, id: claimId, body: verdict })).status).toBe(201);

    for (const role of ["viewer", "reviewer"] as const) {
      expect((await call(articleClaimsRoute.POST as Handler, { method: "POST", token: tokens[role], id: article.id, body: { start: 0, end: 3 } })).status).toBe(
        403,
      );
      expect((await call(claimRoute.DELETE as Handler, { method: "DELETE", token: tokens[role], id: claimId })).status).toBe(403);
      expect((await call(articleRoute.DELETE as Handler, { method: "DELETE", token: tokens[role], id: article.id })).status).toBe(403);
    }
  });

  it("lets only admins list and add users", async () => {
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      expect((await call(usersRoute.GET as Handler, { token: tokens[role] })).status).toBe(403);
      expect(
        (
          await call(usersRoute.POST as Handler, {
            method: "POST",
            token: tokens[role],
            body: { email: "x@example.test", name: "س", password: "a-long-password", role: "viewer" },
          })
        ).status,
      ).toBe(403);
    }
    const created = await call(usersRoute.POST as Handler, {
      method: "POST",
      token: tokens.admin,
      body: { email: "New.Reviewer@Example.test", name: "مراجعة جديدة", password: "a-long-password", role: "reviewer" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: "new.reviewer@example.test", role: "reviewer" });
    expect(created.body).not.toHaveProperty("passwordHash");
    const duplicate = await call(usersRoute.POST as Handler, {
      method: "POST",
      token: tokens.admin,
      body: { email: "new.reviewer@example.test", name: "مكرر", password: "a-long-password", role: "viewer" },
    });
    expect(duplicate.status).toBe(409);
  });
});

describe("validation", () => {
  it("answers 400 with field errors for invalid articles", async () => {
    const response = await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: { title: "", text: 42 } });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error?.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "text"]));
  });

  it("answers 400 for a body that is not JSON, 415 for another content type", async () => {
    expect((await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: "{not json" })).status).toBe(400);
    expect(
      (
        await call(articlesRoute.POST as Handler, {
          method: "POST",
          token: tokens.editor,
          body: "title=x",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
      ).status,
    ).toBe(415);
  });

  it("refuses javascript: and other non-web source URLs", async () => {
    const article = (await createArticleAs("editor")).body as { claims: { id: string; version: number }[] };
    const claim = article.claims[0]!;
    await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.editor, id: claim.id, body: { version: claim.version, status: "open" } });
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org/file", "not a url", "https://user:pass@example.org/"]) {
      const response = await call(sourcesRoute.POST as Handler, { method: "POST", token: tokens.reviewer, id: claim.id, body: { url, title: "عنوان" } });
      expect(response.status, url).toBe(400);
      expect(response.body.error?.fieldErrors?.url?.[0]).toMatch(/http/);
    }
  });

  it("refuses a rating outside the article's scale and an empty explanation", async () => {
    const article = (await createArticleAs("editor")).body as { claims: { id: string; version: number }[] };
    const claim = article.claims[0]!;
    await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.editor, id: claim.id, body: { version: claim.version, status: "open" } });
    const unknownRating = await call(verdictsRoute.POST as Handler, {
      method: "POST",
      token: tokens.reviewer,
      id: claim.id,
      body: { rating: "pants-on-fire", explanation: "شرح" },
    });
    expect(unknownRating.status).toBe(400);
    expect(unknownRating.body.error?.fieldErrors?.rating?.[0]).toContain("mostly-true");
    const emptyExplanation = await call(verdictsRoute.POST as Handler, {
      method: "POST",
      token: tokens.reviewer,
      id: claim.id,
      body: { rating: "true", explanation: " " },
    });
    expect(emptyExplanation.status).toBe(400);
    expect(Object.keys(emptyExplanation.body.error?.fieldErrors ?? {})).toEqual(["explanation"]);
  });

  it("refuses claim ranges outside the text or made of spaces", async () => {
    const article = (await createArticleAs("editor")).body as { id: string };
    expect((await call(articleClaimsRoute.POST as Handler, { method: "POST", token: tokens.editor, id: article.id, body: { start: 5, end: 4 } })).status).toBe(
      400,
    );
    expect(
      (await call(articleClaimsRoute.POST as Handler, { method: "POST", token: tokens.editor, id: article.id, body: { start: 0, end: 100000 } })).status,
    ).toBe(400);
    const space = arabicText.indexOf(" ");
    expect(
      (await call(articleClaimsRoute.POST as Handler, { method: "POST", token: tokens.editor, id: article.id, body: { start: space, end: space + 1 } })).status,
    ).toBe(400);
  });

  it("answers 404 for unknown ids, well-formed or not", async () => {
    expect((await call(articleRoute.GET as Handler, { token: tokens.viewer, id: "doesnotexist" })).status).toBe(404);
    expect((await call(articleRoute.GET as Handler, { token: tokens.viewer, id: "../../etc/passwd" })).status).toBe(404);
    expect((await call(claimRoute.GET as Handler, { token: tokens.viewer, id: "nope" })).status).toBe(404);
    expect(
      (await call(sourcesRoute.POST as Handler, { method: "POST", token: tokens.reviewer, id: "nope", body: { url: "https://example.org", title: "t" } }))
        .status,
    ).toBe(404);
  });
});

describe("claims, persistence and concurrency", () => {
  it("creates a claim from an Arabic range with W3C selectors, and from a quote", async () => {
    const article = (await createArticleAs("editor")).body as { id: string };
    const exact = "فقرة ثانية";
    const start = arabicText.indexOf(exact);
    const created = await call(articleClaimsRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      id: article.id,
      body: { start, end: start + exact.length },
    });
    expect(created.status).toBe(201);
    const [quote, position] = (created.body as { target: { selector: [{ exact: string; prefix: string }, { start: number; end: number }] } }).target.selector;
    expect(quote.exact).toBe(exact);
    expect(quote.prefix.endsWith("وفي ")).toBe(true);
    expect(position).toMatchObject({ start, end: start + exact.length });

    const byQuote = await call(articleClaimsRoute.POST as Handler, { method: "POST", token: tokens.editor, id: article.id, body: { exact: "نصٌّ آخر" } });
    expect(byQuote.status).toBe(201);
    const notThere = await call(articleClaimsRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      id: article.id,
      body: { exact: "جملة غير موجودة في النص" },
    });
    expect(notThere.status).toBe(400);

    const listed = await call(articleClaimsRoute.GET as Handler, { token: tokens.viewer, id: article.id });
    expect((listed.body as unknown as { target: { selector: [{ exact: string }] } }[]).map((claim) => claim.target.selector[0].exact)).toEqual(
      expect.arrayContaining([exact, "نصٌّ آخر"]),
    );
  });

  it("refuses a stale claim update with 409 and the current state, changing nothing", async () => {
    const article = (await createArticleAs("editor")).body as { claims: { id: string; version: number }[] };
    const claim = article.claims[0]!;
    const first = await call(claimRoute.PATCH as Handler, {
      method: "PATCH",
      token: tokens.editor,
      id: claim.id,
      body: { version: claim.version, status: "open" },
    });
    expect(first.status).toBe(200);
    const stale = await call(claimRoute.PATCH as Handler, {
      method: "PATCH",
      token: tokens.admin,
      id: claim.id,
      body: { version: claim.version, status: "dismissed" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.current).toMatchObject({ status: "open", version: claim.version + 1 });
    const after = await call(claimRoute.GET as Handler, { token: tokens.viewer, id: claim.id });
    expect(after.body).toMatchObject({ status: "open", version: claim.version + 1 });
  });

  it("takes the version from If-Match (the ETag of GET) as well as from the body", async () => {
    const article = (await createArticleAs("editor")).body as { claims: { id: string }[] };
    const claimId = article.claims[0]!.id;
    const fetched = await call(claimRoute.GET as Handler, { token: tokens.editor, id: claimId });
    const etag = fetched.headers.get("etag")!;
    expect(etag).toBe(`"${(fetched.body as { version: number }).version}"`);
    const accepted = await call(claimRoute.PATCH as Handler, {
      method: "PATCH",
      token: tokens.editor,
      id: claimId,
      body: { status: "open" },
      headers: { "if-match": etag },
    });
    expect(accepted.status).toBe(200);
    const stale = await call(claimRoute.PATCH as Handler, {
      method: "PATCH",
      token: tokens.editor,
      id: claimId,
      body: { status: "dismissed" },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.current).toMatchObject({ status: "open" });
    const malformed = await call(claimRoute.PATCH as Handler, {
      method: "PATCH",
      token: tokens.editor,
      id: claimId,
      body: { status: "dismissed" },
      headers: { "if-match": "*" },
    });
    expect(malformed.status).toBe(400);
  });

  it("keeps sources and verdicts and shows them in the JSON and Markdown reports", async () => {
    const article = (await createArticleAs("editor", "تقرير <script>alert(1)</script>")).body as { id: string; claims: { id: string; version: number }[] };
    const claim = article.claims[0]!;
    await call(claimRoute.PATCH as Handler, { method: "PATCH", token: tokens.editor, id: claim.id, body: { version: claim.version, status: "open" } });
    await call(sourcesRoute.POST as Handler, {
      method: "POST",
      token: tokens.reviewer,
      id: claim.id,
      body: { url: "https://example.org/a b", title: "بيان [الشركة]", publisher: "واتساب", excerpt: "أكثر من 100 مليار", accessedAt: "2026-01-02" },
    });
    const reviewed = await call(verdictsRoute.POST as Handler, {
      method: "POST",
      token: tokens.reviewer,
      id: claim.id,
      body: { rating: "true", explanation: "يطابق *بيان* الشركة." },
    });
    // Drafts never reach the report: it shows what an editor published.
    const draftReport = await call(reportRoute.GET as Handler, { token: tokens.viewer, id: article.id, query: "?format=json" });
    expect((draftReport.body as unknown as { claims: { verdict: unknown }[] }).claims[0]!.verdict).toBeNull();
    const published = await call(publicationsRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      id: claim.id,
      body: { action: "publish", version: (reviewed.body as { version: number }).version, rating: "true", explanation: "يطابق *بيان* الشركة." },
    });
    expect(published.status).toBe(201);

    const json = await call(reportRoute.GET as Handler, { token: tokens.viewer, id: article.id, query: "?format=json" });
    expect(json.status).toBe(200);
    const report = json.body as unknown as {
      claims: { quote: string; verdict: { ratingLabel: string; explanation: string }; sources: { url: string; accessedAt: string }[] }[];
    };
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]!.verdict).toMatchObject({ ratingLabel: "صحيح", explanation: "يطابق *بيان* الشركة." });
    expect(report.claims[0]!.sources[0]).toMatchObject({ url: "https://example.org/a%20b", accessedAt: "2026-01-02" });

    const markdown = await call(reportRoute.GET as Handler, { token: tokens.viewer, id: article.id, query: "?format=markdown&download=1" });
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(markdown.headers.get("content-disposition")).toContain("attachment");
    const text = markdown.body as unknown as string;
    expect(text).toContain(report.claims[0]!.quote);
    expect(text).toContain("صحيح");
    expect(text).toContain("يطابق \\*بيان\\* الشركة.");
    expect(text).toContain("(<https://example.org/a%20b>)");
    expect(text).not.toContain("<script>");

    const claimReview = await call(reportRoute.GET as Handler, { token: tokens.viewer, id: article.id, query: "?format=claimreview" });
    expect(claimReview.headers.get("content-type")).toContain("application/ld+json");
    expect(claimReview.body as unknown).toEqual([
      expect.objectContaining({
        "@type": "ClaimReview",
        reviewRating: expect.objectContaining({ ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: "صحيح" }),
      }),
    ]);
  });
});

describe("tokens and the OpenAPI document", () => {
  it("shows a new token once and stores only its hash", async () => {
    const created = await call(tokensRoute.POST as Handler, { method: "POST", token: tokens.viewer, body: { name: "سكربت" } });
    expect(created.status).toBe(201);
    const token = (created.body as { token: string }).token;
    expect(token).toMatch(/^tq_/);
    const listed = await call(tokensRoute.GET as Handler, { token });
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect((await call(articlesRoute.GET as Handler, { token })).status).toBe(200);
  });

  it("serves OpenAPI 3.1 built from the zod schemas", async () => {
    const response = await call(openApiRoute.GET as Handler);
    expect(response.status).toBe(200);
    type Schema = { properties?: Record<string, unknown>; anyOf?: Schema[] };
    const document = response.body as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: { "application/json": { schema: Schema } } } }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    // A source is attached either by reference (sourceId) or with its fields: both shapes are described.
    const variants = document.paths["/api/claims/{id}/sources"]?.post?.requestBody?.content["application/json"].schema.anyOf ?? [];
    expect(variants.map((variant) => Object.keys(variant.properties ?? {}))).toEqual([
      expect.arrayContaining(["sourceId", "stance", "excerpt"]),
      expect.arrayContaining([
        "url",
        "title",
        "publisher",
        "author",
        "publishedAt",
        "accessedAt",
        "type",
        "archiveUrl",
        "credibilityNote",
        "stance",
        "excerpt",
      ]),
    ]);
  });
});
