// Rating scale administration against a real migrated SQLite file (the review_workflow migration seeds the default).
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/auth/current-user";
import type { Role } from "@/auth/roles";
import { getDatabase } from "@/db/client";
import { AppError } from "@/lib/errors";
import type { AppErrorCode } from "@/lib/errors";
import { createArticle } from "@/modules/articles/articles";
import { createTestUsers } from "@/test/factories";
import {
  createRatingScale,
  deleteRatingScale,
  getRatingScale,
  listRatingScales,
  retireRatingScale,
  setArticleRatingScale,
  updateRatingScale,
} from "./manage-scales";
import type { ManagedRatingScaleDto, RatingDto } from "./schemas";

let users: Record<Role, CurrentUser>;

beforeAll(async () => {
  users = await createTestUsers();
});

function scaleInput(name = "مقياس الدقة") {
  return {
    name,
    bestRating: 3,
    worstRating: 1,
    ratings: [
      { key: "accurate", labels: { ar: "دقيق", en: "Accurate" }, colour: "#1b7f3b", value: 3 },
      { key: "partly-accurate", labels: { ar: "دقيق جزئيًا", en: "Partly accurate" }, colour: "#c98a00", value: 2 },
      { key: "inaccurate", labels: { ar: "غير دقيق", en: "Inaccurate" }, colour: "#b3261e", value: 1 },
      { key: "unverifiable", labels: { ar: "لا يمكن التحقق منه", en: "Unverifiable" }, colour: "#6b6b6b", value: null },
    ],
  };
}

async function rejectionOf(promise: Promise<unknown>, code: AppErrorCode, message?: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code, appError.message).toBe(code);
  if (message) expect(appError.message).toMatch(message);
  return appError;
}

const fieldErrorsOf = (error: AppError) => (error.details?.fieldErrors ?? {}) as Record<string, string[]>;

async function historyActions(entityId: string): Promise<string[]> {
  const rows = await getDatabase().historyEntry.findMany({ where: { entityType: "rating-scale", entityId }, select: { action: true } });
  return rows.map((row) => row.action).sort();
}

async function createArticleWithClaim(title = "مقال عن الرسائل") {
  const article = await createArticle(users.editor, { title, text: "أكثر من 100 مليار رسالة" });
  const claim = article.claims[0];
  if (!claim) throw new Error("The detector should have suggested the figure as a claim.");
  return { articleId: article.id, claimId: claim.id };
}

const withoutKey = (ratings: RatingDto[], key: string) => ratings.filter((rating) => rating.key !== key);

describe("reading scales", () => {
  it("lists the shipped default scale with Arabic and English labels to every role", async () => {
    for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
      const scales = await listRatingScales(users[role]);
      const fallback = scales.find((scale) => scale.isDefault);
      expect(fallback?.id).toBe("default-scale");
      expect(fallback?.ratings.map((rating) => rating.key)).toEqual([
        "true",
        "mostly-true",
        "half-true",
        "misleading",
        "mostly-false",
        "false",
        "unverifiable",
      ]);
    }
    const fallback = await getRatingScale(users.viewer, "default-scale");
    expect(fallback.ratings[0]).toEqual({ key: "true", labels: { ar: "صحيح", en: "True" }, colour: "#1b7f3b", value: 6 });
    expect(fallback.ratings.find((rating) => rating.key === "unverifiable")?.value).toBeNull();
  });

  it("answers not_found for an unknown scale", async () => {
    await rejectionOf(getRatingScale(users.viewer, "no-such-scale"), "not_found");
  });
});

describe("creating a scale", () => {
  it("stores Arabic labels, colours and values, and records the creation in the history", async () => {
    const created = await createRatingScale(users.admin, scaleInput());
    expect(created).toMatchObject({ name: "مقياس الدقة", bestRating: 3, worstRating: 1, isDefault: false, isRetired: false, version: 1, articleCount: 0 });
    expect(created.ratings.map((rating) => rating.labels.ar)).toEqual(["دقيق", "دقيق جزئيًا", "غير دقيق", "لا يمكن التحقق منه"]);
    expect(created.ratings[3]?.value).toBeNull();
    expect((await getRatingScale(users.reviewer, created.id)).ratings).toEqual(created.ratings);

    const [entry] = await getDatabase().historyEntry.findMany({ where: { entityType: "rating-scale", entityId: created.id } });
    expect(entry).toMatchObject({ action: "create", actorId: users.admin.id, actorName: users.admin.name, before: null });
    expect(JSON.parse(entry?.after ?? "null")).toMatchObject({
      name: "مقياس الدقة",
      ratings: expect.arrayContaining([expect.objectContaining({ key: "accurate" })]),
    });
  });

  it.each([
    [
      "a duplicate key",
      (input: ReturnType<typeof scaleInput>) => ({ ...input, ratings: input.ratings.map((rating) => ({ ...rating, key: "accurate" })) }),
      "ratings.1.key",
      /used twice/,
    ],
    [
      "a value above the best rating",
      (input: ReturnType<typeof scaleInput>) => ({ ...input, ratings: input.ratings.map((rating, index) => (index === 0 ? { ...rating, value: 4 } : rating)) }),
      "ratings.0.value",
      /between/,
    ],
    [
      "a value below the worst rating",
      (input: ReturnType<typeof scaleInput>) => ({ ...input, ratings: input.ratings.map((rating, index) => (index === 2 ? { ...rating, value: 0 } : rating)) }),
      "ratings.2.value",
      /between/,
    ],
    [
      "a colour not written #rrggbb",
      (input: ReturnType<typeof scaleInput>) => ({
        ...input,
        ratings: input.ratings.map((rating, index) => (index === 0 ? { ...rating, colour: "green" } : rating)),
      }),
      "ratings.0.colour",
      /#rrggbb/,
    ],
    [
      "a key that is not a slug",
      (input: ReturnType<typeof scaleInput>) => ({
        ...input,
        ratings: input.ratings.map((rating, index) => (index === 1 ? { ...rating, key: "Partly Accurate" } : rating)),
      }),
      "ratings.1.key",
      /lowercase/,
    ],
    [
      "an empty Arabic label",
      (input: ReturnType<typeof scaleInput>) => ({
        ...input,
        ratings: input.ratings.map((rating, index) => (index === 0 ? { ...rating, labels: { ar: "  ", en: "Accurate" } } : rating)),
      }),
      "ratings.0.labels.ar",
      /Arabic/,
    ],
    [
      "a best rating not above the worst",
      (input: ReturnType<typeof scaleInput>) => ({ ...input, bestRating: 1, ratings: input.ratings.map((rating) => ({ ...rating, value: null })) }),
      "bestRating",
      /greater/,
    ],
    ["a single rating", (input: ReturnType<typeof scaleInput>) => ({ ...input, ratings: input.ratings.slice(0, 1) }), "ratings", /at least 2/],
    ["an empty name", (input: ReturnType<typeof scaleInput>) => ({ ...input, name: "" }), "name", /name/],
  ])("refuses %s with a field error", async (_case, change, field, message) => {
    const before = await getDatabase().ratingScale.count();
    const error = await rejectionOf(createRatingScale(users.admin, change(scaleInput("مرفوض"))), "validation");
    expect(fieldErrorsOf(error)[field]?.join(" ")).toMatch(message);
    expect(await getDatabase().ratingScale.count()).toBe(before);
  });
});

describe("only administrators change scales", () => {
  it("refuses every write to viewers, reviewers and editors", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس محمي"));
    const { articleId } = await createArticleWithClaim();
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      const actor = users[role];
      await rejectionOf(createRatingScale(actor, scaleInput()), "forbidden", new RegExp(role));
      await rejectionOf(updateRatingScale(actor, scale.id, { version: scale.version, name: "تغيير" }), "forbidden");
      await rejectionOf(retireRatingScale(actor, scale.id, { version: scale.version, retired: true }), "forbidden");
      await rejectionOf(deleteRatingScale(actor, scale.id), "forbidden");
      await rejectionOf(setArticleRatingScale(actor, articleId, { ratingScaleId: scale.id }), "forbidden");
    }
    expect(await getRatingScale(users.admin, scale.id)).toEqual(scale);
    expect(await historyActions(scale.id)).toEqual(["create"]);
  });
});

describe("updating a scale", () => {
  it("relabels, recolours, reorders and adds ratings, bumping the version", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس للتعديل"));
    const [accurate, partly, inaccurate, unverifiable] = scale.ratings as [RatingDto, RatingDto, RatingDto, RatingDto];
    const updated = await updateRatingScale(users.admin, scale.id, {
      version: scale.version,
      name: "مقياس معدَّل",
      bestRating: 4,
      ratings: [
        { ...accurate, labels: { ar: "دقيق تمامًا", en: "Fully accurate" }, colour: "#0A7F3B", value: 4 },
        { key: "mostly-accurate", labels: { ar: "دقيق في معظمه", en: "Mostly accurate" }, colour: "#5a9e2f", value: 3 },
        partly,
        inaccurate,
        unverifiable,
      ],
    });
    expect(updated).toMatchObject({ name: "مقياس معدَّل", bestRating: 4, worstRating: 1, version: 2 });
    expect(updated.ratings.map((rating) => rating.key)).toEqual(["accurate", "mostly-accurate", "partly-accurate", "inaccurate", "unverifiable"]);
    expect(updated.ratings[0]).toEqual({ key: "accurate", labels: { ar: "دقيق تمامًا", en: "Fully accurate" }, colour: "#0a7f3b", value: 4 });
    expect(await historyActions(scale.id)).toEqual(["create", "update"]);
  });

  it("checks a partial update against the stored ratings", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس جزئي"));
    const error = await rejectionOf(updateRatingScale(users.admin, scale.id, { version: scale.version, bestRating: 2 }), "validation");
    expect(fieldErrorsOf(error)["ratings.0.value"]?.[0]).toMatch(/between/);
    expect((await getRatingScale(users.admin, scale.id)).version).toBe(1);
  });

  it("refuses a stale version with 409, returns the current scale and changes nothing", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس متزامن"));
    await updateRatingScale(users.admin, scale.id, { version: 1, name: "التعديل الأول" });
    const error = await rejectionOf(
      updateRatingScale(users.admin, scale.id, { version: 1, name: "التعديل المتأخر", ratings: scale.ratings.slice(0, 2) }),
      "conflict",
      /Someone else/,
    );
    expect((error.details?.current as ManagedRatingScaleDto).name).toBe("التعديل الأول");
    const now = await getRatingScale(users.admin, scale.id);
    expect(now).toMatchObject({ name: "التعديل الأول", version: 2 });
    expect(now.ratings).toHaveLength(4);
    expect(await historyActions(scale.id)).toEqual(["create", "update"]);
  });

  it("answers not_found for an unknown scale", async () => {
    await rejectionOf(updateRatingScale(users.admin, "no-such-scale", { version: 1, name: "س" }), "not_found");
  });

  it("refuses removing a rating that a verdict on an article using the scale holds, naming the key", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس مستخدم"));
    const { articleId, claimId } = await createArticleWithClaim();
    await setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id });
    await getDatabase().verdict.create({ data: { claimId, rating: "inaccurate", explanation: "الرقم مبالغ فيه.", authorId: users.reviewer.id } });

    const error = await rejectionOf(
      updateRatingScale(users.admin, scale.id, { version: scale.version, ratings: withoutKey(scale.ratings, "inaccurate") }),
      "conflict",
      /"inaccurate"/,
    );
    expect(error.message).not.toMatch(/partly-accurate/);
    expect((await getRatingScale(users.admin, scale.id)).ratings).toHaveLength(4);

    // A rating nobody used can go, and labels of a used one can change.
    const relabelled = scale.ratings.map((rating) => (rating.key === "inaccurate" ? { ...rating, labels: { ar: "خاطئ", en: "Wrong" } } : rating));
    const updated = await updateRatingScale(users.admin, scale.id, { version: scale.version, ratings: withoutKey(relabelled, "partly-accurate") });
    expect(updated.ratings.map((rating) => rating.key)).toEqual(["accurate", "inaccurate", "unverifiable"]);
    expect(updated.ratings[1]?.labels).toEqual({ ar: "خاطئ", en: "Wrong" });
  });

  it("refuses removing a rating a publication holds", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس منشور"));
    const { articleId, claimId } = await createArticleWithClaim();
    await setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id });
    await getDatabase().publication.create({ data: { claimId, action: "publish", ratingKey: "accurate", publishedById: users.editor.id } });
    await rejectionOf(
      updateRatingScale(users.admin, scale.id, { version: scale.version, ratings: withoutKey(scale.ratings, "accurate") }),
      "conflict",
      /"accurate"/,
    );
  });

  it("counts articles without a scale of their own as users of the default scale", async () => {
    const { claimId } = await createArticleWithClaim("مقال على المقياس الافتراضي");
    await getDatabase().verdict.create({ data: { claimId, rating: "half-true", explanation: "نصف الرقم صحيح.", authorId: users.reviewer.id } });
    const fallback = await getRatingScale(users.admin, "default-scale");
    expect(fallback.articleCount).toBeGreaterThan(0);
    await rejectionOf(
      updateRatingScale(users.admin, fallback.id, { version: fallback.version, ratings: withoutKey(fallback.ratings, "half-true") }),
      "conflict",
      /"half-true"/,
    );
  });
});

describe("retiring and deleting", () => {
  it("refuses deleting a scale an article uses, or the default, and deletes an unused one", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس لا يُحذف"));
    const { articleId } = await createArticleWithClaim();
    await setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id });
    await rejectionOf(deleteRatingScale(users.admin, scale.id), "conflict", /^This scale is in use by 1 article; retire it instead\.$/);
    expect((await getRatingScale(users.admin, scale.id)).articleCount).toBe(1);
    await rejectionOf(deleteRatingScale(users.admin, "default-scale"), "conflict", /default/);

    const unused = await createRatingScale(users.admin, scaleInput("مقياس مؤقت"));
    await deleteRatingScale(users.admin, unused.id);
    await rejectionOf(getRatingScale(users.admin, unused.id), "not_found");
    expect(await getDatabase().rating.count({ where: { scaleId: unused.id } })).toBe(0);
    expect(await historyActions(unused.id)).toEqual(["create", "delete"]);
    await rejectionOf(deleteRatingScale(users.admin, unused.id), "not_found");
  });

  it("retires a scale, refuses it for articles while retired, and brings it back", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس سيتقاعد"));
    const retired = await retireRatingScale(users.admin, scale.id, { version: scale.version, retired: true });
    expect(retired).toMatchObject({ isRetired: true, version: 2 });
    expect((await listRatingScales(users.viewer)).find((listed) => listed.id === scale.id)?.isRetired).toBe(true);

    const { articleId } = await createArticleWithClaim();
    await rejectionOf(setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id }), "conflict", /retired/);
    expect((await getDatabase().article.findUnique({ where: { id: articleId } }))?.ratingScaleId).toBeNull();

    await rejectionOf(retireRatingScale(users.admin, scale.id, { version: 1, retired: false }), "conflict", /Someone else/);
    const back = await retireRatingScale(users.admin, scale.id, { version: 2, retired: false });
    expect(back).toMatchObject({ isRetired: false, version: 3 });
    expect((await setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id })).ratingScale.id).toBe(scale.id);
    expect(await historyActions(scale.id)).toEqual(["create", "retire", "set-article-scale", "unretire"]);
  });

  it("refuses retiring the default scale", async () => {
    const fallback = await getRatingScale(users.admin, "default-scale");
    await rejectionOf(retireRatingScale(users.admin, fallback.id, { version: fallback.version, retired: true }), "conflict", /default/);
  });
});

describe("choosing an article's scale", () => {
  it("records the change with the article in the history", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس المقال"));
    const { articleId } = await createArticleWithClaim();
    const chosen = await setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id });
    expect(chosen).toMatchObject({ articleId, ratingScale: { id: scale.id, name: "مقياس المقال" } });
    const [entry] = await getDatabase().historyEntry.findMany({ where: { entityType: "rating-scale", action: "set-article-scale", articleId } });
    expect(entry).toMatchObject({ entityId: scale.id, actorId: users.admin.id });
    expect(JSON.parse(entry?.before ?? "null")).toEqual({ ratingScaleId: null });
    expect(JSON.parse(entry?.after ?? "null")).toEqual({ ratingScaleId: scale.id });
  });

  it("answers not_found for an unknown article or scale, and 400 for a missing scale id", async () => {
    const { articleId } = await createArticleWithClaim();
    await rejectionOf(setArticleRatingScale(users.admin, "no-such-article", { ratingScaleId: "default-scale" }), "not_found", /article/);
    await rejectionOf(setArticleRatingScale(users.admin, articleId, { ratingScaleId: "no-such-scale" }), "not_found", /rating scale/);
    const error = await rejectionOf(setArticleRatingScale(users.admin, articleId, {}), "validation");
    expect(fieldErrorsOf(error).ratingScaleId).toBeDefined();
  });

  it("refuses a scale that lacks a rating the article's verdicts hold", async () => {
    const scale = await createRatingScale(users.admin, scaleInput("مقياس ناقص"));
    const { articleId, claimId } = await createArticleWithClaim();
    await getDatabase().verdict.create({ data: { claimId, rating: "mostly-true", explanation: "قريب من الصحة.", authorId: users.reviewer.id } });
    await rejectionOf(setArticleRatingScale(users.admin, articleId, { ratingScaleId: scale.id }), "conflict", /"mostly-true"/);
  });
});
