// The rating scale routes end to end in-process: real handlers, real SQLite file, personal API tokens.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/auth/roles";
import { callRoute } from "@/test/call-route";
import type { CallOptions, RouteHandler } from "@/test/call-route";
import { createTestToken, createTestUsers } from "@/test/factories";
import * as articleRatingScaleRoute from "../articles/[id]/rating-scale/route";
import * as articlesRoute from "../articles/route";
import * as ratingScaleRoute from "../rating-scales/[id]/route";
import * as retirementRoute from "../rating-scales/[id]/retirement/route";
import * as ratingScalesRoute from "../rating-scales/route";

type Handler = RouteHandler;
type ErrorBody = { error?: { code: string; message: string; fieldErrors?: Record<string, string[]>; current?: { version: number; name: string } } };
type ScaleBody = ErrorBody & {
  id: string;
  name: string;
  version: number;
  isRetired: boolean;
  articleCount: number;
  ratings: { key: string; labels: { ar: string; en: string } }[];
};

const tokens = {} as Record<Role, string>;

async function call(handler: Handler, options: CallOptions = {}) {
  const reply = await callRoute(handler, options);
  return { status: reply.status, body: (typeof reply.body === "string" ? {} : reply.body) as ScaleBody };
}

function scaleInput(name = "مقياس الدقة") {
  return {
    name,
    bestRating: 2,
    worstRating: 1,
    ratings: [
      { key: "accurate", labels: { ar: "دقيق", en: "Accurate" }, colour: "#1b7f3b", value: 2 },
      { key: "inaccurate", labels: { ar: "غير دقيق", en: "Inaccurate" }, colour: "#b3261e", value: 1 },
      { key: "unverifiable", labels: { ar: "لا يمكن التحقق منه", en: "Unverifiable" }, colour: "#6b6b6b", value: null },
    ],
  };
}

const createScale = async (name?: string) => call(ratingScalesRoute.POST as Handler, { method: "POST", token: tokens.admin, body: scaleInput(name) });

async function createArticle(): Promise<string> {
  const response = await call(articlesRoute.POST as Handler, {
    method: "POST",
    token: tokens.editor,
    body: { title: "مقال للاختبار", text: "أكثر من 100 مليار رسالة" },
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

beforeAll(async () => {
  const users = await createTestUsers();
  for (const role of Object.keys(users) as Role[]) tokens[role] = await createTestToken(users[role]);
});

describe("rating scale routes", () => {
  it("refuses anonymous calls with 401", async () => {
    expect((await call(ratingScalesRoute.GET as Handler)).status).toBe(401);
    expect((await call(ratingScalesRoute.POST as Handler, { method: "POST", body: scaleInput() })).status).toBe(401);
    expect((await call(ratingScaleRoute.GET as Handler, { id: "default-scale" })).status).toBe(401);
    expect((await call(articleRatingScaleRoute.PUT as Handler, { method: "PUT", id: "x", body: { ratingScaleId: "default-scale" } })).status).toBe(401);
  });

  it("lets every role read scales, the default included", async () => {
    for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
      const list = await call(ratingScalesRoute.GET as Handler, { token: tokens[role] });
      expect(list.status).toBe(200);
      expect((list.body as unknown as ScaleBody[]).some((scale) => scale.id === "default-scale")).toBe(true);
    }
    const fallback = await call(ratingScaleRoute.GET as Handler, { token: tokens.viewer, id: "default-scale" });
    expect(fallback.status).toBe(200);
    expect(fallback.body.ratings).toHaveLength(7);
  });

  it("creates a scale with Arabic labels (201)", async () => {
    const created = await createScale();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "مقياس الدقة", version: 1, isRetired: false, articleCount: 0 });
    expect(created.body.ratings[1]?.labels.ar).toBe("غير دقيق");
  });

  it("answers 400 with field errors", async () => {
    const input = scaleInput();
    const response = await call(ratingScalesRoute.POST as Handler, {
      method: "POST",
      token: tokens.admin,
      body: { ...input, name: "", ratings: [{ ...input.ratings[0], colour: "red", value: 9 }, { ...input.ratings[0] }] },
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["name", "ratings.0.colour", "ratings.0.value", "ratings.1.key"]),
    );
    const missing = await call(ratingScaleRoute.PATCH as Handler, { method: "PATCH", token: tokens.admin, id: "default-scale", body: { name: "بلا إصدار" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.fieldErrors?.version).toBeDefined();
  });

  it("refuses every write to non-admins with 403", async () => {
    const scale = (await createScale("مقياس محمي")).body;
    const articleId = await createArticle();
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      const token = tokens[role];
      const responses = [
        await call(ratingScalesRoute.POST as Handler, { method: "POST", token, body: scaleInput() }),
        await call(ratingScaleRoute.PATCH as Handler, { method: "PATCH", token, id: scale.id, body: { version: scale.version, name: "تغيير" } }),
        await call(ratingScaleRoute.DELETE as Handler, { method: "DELETE", token, id: scale.id }),
        await call(retirementRoute.POST as Handler, { method: "POST", token, id: scale.id, body: { version: scale.version, retired: true } }),
        await call(articleRatingScaleRoute.PUT as Handler, { method: "PUT", token, id: articleId, body: { ratingScaleId: scale.id } }),
      ];
      for (const response of responses) {
        expect(response.status).toBe(403);
        expect(response.body.error?.message).toContain(role);
      }
    }
  });

  it("answers 404 for unknown scales and articles", async () => {
    expect((await call(ratingScaleRoute.GET as Handler, { token: tokens.viewer, id: "no-such-scale" })).status).toBe(404);
    expect((await call(ratingScaleRoute.GET as Handler, { token: tokens.viewer, id: "../etc/passwd" })).status).toBe(404);
    expect(
      (await call(ratingScaleRoute.PATCH as Handler, { method: "PATCH", token: tokens.admin, id: "no-such-scale", body: { version: 1, name: "س" } })).status,
    ).toBe(404);
    expect((await call(ratingScaleRoute.DELETE as Handler, { method: "DELETE", token: tokens.admin, id: "no-such-scale" })).status).toBe(404);
    expect(
      (await call(retirementRoute.POST as Handler, { method: "POST", token: tokens.admin, id: "no-such-scale", body: { version: 1, retired: true } })).status,
    ).toBe(404);
    expect(
      (
        await call(articleRatingScaleRoute.PUT as Handler, {
          method: "PUT",
          token: tokens.admin,
          id: "no-such-article",
          body: { ratingScaleId: "default-scale" },
        })
      ).status,
    ).toBe(404);
  });

  it("answers 409 for a stale version, with the scale as it is now", async () => {
    const scale = (await createScale("مقياس متزامن")).body;
    const first = await call(ratingScaleRoute.PATCH as Handler, { method: "PATCH", token: tokens.admin, id: scale.id, body: { version: 1, name: "الأول" } });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await call(ratingScaleRoute.PATCH as Handler, { method: "PATCH", token: tokens.admin, id: scale.id, body: { version: 1, name: "المتأخر" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.current).toMatchObject({ name: "الأول", version: 2 });
  });

  it("refuses deleting a scale in use (409), retires it instead, and deletes an unused one (204)", async () => {
    const scale = (await createScale("مقياس مستخدم")).body;
    const articleId = await createArticle();
    const chosen = await call(articleRatingScaleRoute.PUT as Handler, { method: "PUT", token: tokens.admin, id: articleId, body: { ratingScaleId: scale.id } });
    expect(chosen.status).toBe(200);

    const refused = await call(ratingScaleRoute.DELETE as Handler, { method: "DELETE", token: tokens.admin, id: scale.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toBe("This scale is in use by 1 article; retire it instead.");
    expect((await call(ratingScaleRoute.DELETE as Handler, { method: "DELETE", token: tokens.admin, id: "default-scale" })).status).toBe(409);

    const retired = await call(retirementRoute.POST as Handler, {
      method: "POST",
      token: tokens.admin,
      id: scale.id,
      body: { version: scale.version, retired: true },
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ isRetired: true, articleCount: 1 });
    const otherArticleId = await createArticle();
    const onRetired = await call(articleRatingScaleRoute.PUT as Handler, {
      method: "PUT",
      token: tokens.admin,
      id: otherArticleId,
      body: { ratingScaleId: scale.id },
    });
    expect(onRetired.status).toBe(409);
    expect(onRetired.body.error?.message).toMatch(/retired/);

    const unused = (await createScale("مقياس مؤقت")).body;
    expect((await call(ratingScaleRoute.DELETE as Handler, { method: "DELETE", token: tokens.admin, id: unused.id })).status).toBe(204);
    expect((await call(ratingScaleRoute.GET as Handler, { token: tokens.admin, id: unused.id })).status).toBe(404);
  });
});
