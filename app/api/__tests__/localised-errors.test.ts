// The API's error messages follow the caller's interface language: the locale cookie, else Accept-Language, else English.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/auth/roles";
import { localeCookieName } from "@/lib/i18n";
import { callRoute } from "@/test/call-route";
import type { RouteHandler } from "@/test/call-route";
import { createTestToken, createTestUsers } from "@/test/factories";
import * as articleRoute from "../articles/[id]/route";
import * as articleClaimsRoute from "../articles/[id]/claims/route";
import * as articlesRoute from "../articles/route";

const arabicText = "قال الوزير إن أكثر من 100 مليار رسالة أُرسلت، وإن 20 مليار منها من الهنود.";
const arabicLetter = /[\u0621-\u064A]/;

const tokens = {} as Record<Role, string>;

type Handler = RouteHandler;
interface ErrorReply {
  status: number;
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

const send = callRoute;

/** A call expected to fail: its status and the `error` object of the body. */
async function call(handler: Handler, options: Parameters<typeof send>[1] = {}): Promise<ErrorReply> {
  const { status, body } = await send(handler, options);
  return { status, error: (body as { error: ErrorReply["error"] }).error };
}

const inArabic = { cookie: `${localeCookieName}=ar` };
const invalidArticle = { title: "  ", text: " ", language: "fr" };

beforeAll(async () => {
  const users = await createTestUsers();
  for (const role of Object.keys(users) as Role[]) tokens[role] = await createTestToken(users[role]);
});

describe("validation errors (400)", () => {
  it("answers in Arabic, field errors included, when the interface cookie says ar", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: invalidArticle, headers: inArabic });
    expect(status).toBe(400);
    expect(error.code).toBe("validation");
    expect(error.message).toBe("بعض الحقول غير صالحة.");
    expect(error.fieldErrors?.title).toEqual(["أدخل عنواناً."]);
    expect(error.fieldErrors?.text).toEqual(["الصق نص المقال."]);
    // zod's own message for the enum, in Arabic, the allowed values kept as they are.
    expect(error.fieldErrors?.language?.[0]).toMatch(/^خيار غير صالح: .*"ar"\|"en"/);
  });

  it("answers the same call in English without the cookie", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: invalidArticle });
    expect(status).toBe(400);
    expect(error.code).toBe("validation");
    expect(error.message).toBe("Some fields are not valid.");
    expect(error.fieldErrors?.title).toEqual(["Enter a title."]);
    expect(error.fieldErrors?.text).toEqual(["Paste the article's text."]);
    expect(error.fieldErrors?.language?.[0]).toMatch(/^Invalid option/);
  });

  it("answers in Arabic when the first Accept-Language tag is Arabic (ar-EG)", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      body: invalidArticle,
      headers: { "accept-language": "ar-EG,ar;q=0.9,en;q=0.8" },
    });
    expect(status).toBe(400);
    expect(error.message).toBe("بعض الحقول غير صالحة.");
    expect(error.fieldErrors?.title).toEqual(["أدخل عنواناً."]);
  });

  it("lets the cookie en beat an Arabic Accept-Language", async () => {
    const { error } = await call(articlesRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      body: invalidArticle,
      headers: { cookie: `${localeCookieName}=en`, "accept-language": "ar" },
    });
    expect(error.message).toBe("Some fields are not valid.");
    expect(error.fieldErrors?.title).toEqual(["Enter a title."]);
  });

  it("translates a domain error's message and its field errors, keeping the numbers", async () => {
    const created = await send(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: { title: "مقال للاختبار", text: arabicText } });
    expect(created.status).toBe(201);
    const articleId = (created.body as { id: string }).id;
    const { status, error } = await call(articleClaimsRoute.POST as Handler, {
      method: "POST",
      token: tokens.editor,
      id: articleId,
      body: { start: 0, end: 100000 },
      headers: inArabic,
    });
    expect(status).toBe(400);
    expect(error.message).toBe("يقع النطاق المحدد خارج نص المقال.");
    expect(error.fieldErrors?.end).toEqual([`يجب ألا تزيد القيمة على ${arabicText.length}.`]);
  });

  it("translates errors raised while reading the body", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.editor, body: "{not json", headers: inArabic });
    expect(status).toBe(400);
    expect(error.message).toBe("متن الطلب ليس JSON صالحاً.");
  });
});

describe("other errors", () => {
  it("explains a role refusal (403) in Arabic, with the role names in Arabic", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, {
      method: "POST",
      token: tokens.viewer,
      body: { title: "عنوان", text: arabicText },
      headers: inArabic,
    });
    expect(status).toBe(403);
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("دورك (قارئ) لا يسمح لك بإنشاء المقالات أو تعديلها أو حذفها؛ يلزم دور محرر أو أعلى.");
  });

  it("keeps the role refusal in English for a script with a token and no language preference", async () => {
    const { status, error } = await call(articlesRoute.POST as Handler, { method: "POST", token: tokens.reviewer, body: { title: "عنوان", text: arabicText } });
    expect(status).toBe(403);
    expect(error.message).toBe("Your role (reviewer) does not allow you to create, edit or delete articles; it needs editor or above.");
  });

  it("translates not found (404) and unauthenticated (401)", async () => {
    const missing = await call(articleRoute.GET as Handler, { token: tokens.viewer, id: "no-such-article", headers: inArabic });
    expect(missing.status).toBe(404);
    expect(missing.error.code).toBe("not_found");
    expect(missing.error.message).toBe("لم يُعثر على المقال.");

    const anonymous = await call(articlesRoute.GET as Handler, { headers: { "accept-language": "ar" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.error.code).toBe("unauthenticated");
    expect(anonymous.error.message).toMatch(arabicLetter);
    expect(anonymous.error.message).toContain("Authorization: Bearer <token>");
  });
});
