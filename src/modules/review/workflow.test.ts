import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/auth/current-user";
import { getDatabase } from "@/db/client";
import { createArticle, listArticles } from "@/modules/articles/articles";
import { assignReviewers, createClaim, getClaim, updateClaim } from "@/modules/claims/claims";
import { addComment } from "@/modules/comments/comments";
import { listClaimHistory } from "@/modules/history/history";
import { listMyQueue } from "@/modules/queue/my-queue";
import { addSource, detachSource } from "@/modules/sources/sources";
import { createTestUser, createTestUsers } from "@/test/factories";
import { changePublication } from "./publications";
import { submitVerdict } from "./verdicts";

const text = "قال التقرير إن أكثر من 100 مليار رسالة أُرسلت، منها 20 مليار من الهنود.\nوأضاف أن التطبيق يضم 2 مليار مستخدم.";

let users: Record<"admin" | "editor" | "reviewer" | "viewer", CurrentUser>;
let secondReviewer: CurrentUser;
let secondEditor: CurrentUser;

beforeAll(async () => {
  users = await createTestUsers();
  secondReviewer = await createTestUser("reviewer", "مراجعة ثانية");
  secondEditor = await createTestUser("editor", "محررة ثانية");
});

async function acceptedClaim(title = "مسار المراجعة") {
  const article = await createArticle(users.editor, { title, text });
  const start = text.indexOf("100 مليار رسالة");
  const claim = await createClaim(users.editor, article.id, { start, end: start + "100 مليار رسالة".length });
  return { article, claim };
}

const historyCount = async (claimId: string) => getDatabase().historyEntry.count({ where: { claimId } });

describe("review workflow", () => {
  it("walks a claim from suggestion to published, with every step in the history", async () => {
    const article = await createArticle(users.editor, { title: "من الاقتراح إلى النشر", text });
    const suggestion = article.claims.find((claim) => claim.status === "suggested")!;
    const accepted = await updateClaim(users.editor, suggestion.id, { version: suggestion.version, status: "open" });
    expect(accepted.status).toBe("open");

    const inReview = await assignReviewers(users.editor, accepted.id, { version: accepted.version, reviewerIds: [users.reviewer.id, secondReviewer.id] });
    expect(inReview.status).toBe("in_review");
    expect(inReview.reviewers.map((reviewer) => reviewer.id)).toEqual([users.reviewer.id, secondReviewer.id]);

    const first = await submitVerdict(users.reviewer, accepted.id, { rating: "mostly-true", explanation: "قريب من الرقم المعلن." });
    expect(first.status).toBe("in_review");
    const second = await submitVerdict(secondReviewer, accepted.id, { rating: "true", explanation: "مطابق للبيان." });
    expect(second.status).toBe("verdict_proposed");
    expect(second.agreement).toMatchObject({ isUnanimous: false, submitted: 2, assigned: 2 });

    const published = await changePublication(users.editor, accepted.id, {
      action: "publish",
      version: second.version,
      rating: "mostly-true",
      explanation: "الرقم صحيح تقريباً.",
    });
    expect(published.status).toBe("published");
    expect(published.publication).toMatchObject({ action: "publish", rating: "mostly-true", explanation: "الرقم صحيح تقريباً." });

    const withdrawn = await changePublication(users.editor, accepted.id, { action: "unpublish", version: published.version, reason: "بانتظار بيان جديد" });
    expect(withdrawn.status).toBe("verdict_proposed");
    expect(withdrawn.publication).toBeNull();
    const republished = await changePublication(users.editor, accepted.id, {
      action: "publish",
      version: withdrawn.version,
      rating: "true",
      explanation: "أكد البيان الرقم.",
    });
    const corrected = await changePublication(users.editor, accepted.id, {
      action: "correct",
      version: republished.version,
      rating: "mostly-true",
      explanation: "الرقم تقريبي.",
      reason: "الرقم الرسمي 99 مليار",
    });
    expect(corrected.publication).toMatchObject({ action: "correct", rating: "mostly-true" });
    expect(corrected.publicationLog.map((entry) => entry.action)).toEqual(["publish", "unpublish", "publish", "correct"]);

    const history = await listClaimHistory(users.viewer, accepted.id, false);
    const steps = history.map((entry) => `${entry.entityType}:${entry.action}`);
    expect(steps).toEqual([
      "claim:update",
      "assignment:assign",
      "assignment:assign",
      "claim:status",
      "verdict:submit",
      "verdict:submit",
      "claim:status",
      "publication:publish",
      "publication:unpublish",
      "publication:publish",
      "publication:correct",
    ]);
    expect(history[0]).toMatchObject({ actor: users.editor.name, before: { status: "suggested" }, after: { status: "open" } });
    expect(history.at(-1)).toMatchObject({ before: { status: "published" }, after: { rating: "mostly-true", reason: "الرقم الرسمي 99 مليار" } });
  });

  it("keeps reviewers blind to each other's verdicts until they submit their own", async () => {
    const { claim } = await acceptedClaim("مراجعة مستقلة");
    const assigned = await assignReviewers(users.editor, claim.id, { version: claim.version, reviewerIds: [users.reviewer.id, secondReviewer.id] });
    await submitVerdict(secondReviewer, assigned.id, { rating: "false", explanation: "الرقم مبالغ فيه." });

    const blind = await getClaim(users.reviewer, claim.id);
    expect(blind.verdicts).toEqual([]);
    expect(blind.hiddenVerdictCount).toBe(1);
    expect(blind.agreement).toBeNull();
    const blindHistory = await listClaimHistory(users.reviewer, claim.id, true);
    expect(JSON.stringify(blindHistory)).not.toContain("الرقم مبالغ فيه");

    // The editor (not reviewing this claim) sees everything.
    expect((await getClaim(users.editor, claim.id)).verdicts).toHaveLength(1);

    const answered = await submitVerdict(users.reviewer, claim.id, { rating: "mostly-false", explanation: "أقل من المعلن." });
    expect(answered.verdicts.map((verdict) => verdict.rating).sort()).toEqual(["false", "mostly-false"]);
    expect(answered.hiddenVerdictCount).toBe(0);
    expect(answered.agreement).toMatchObject({ isUnanimous: false });
  });

  it("refuses four eyes violations: the only reviewer cannot publish; a reason is needed to overrule the reviewers", async () => {
    const { claim } = await acceptedClaim("أربع أعين");
    const reviewedByEditor = await submitVerdict(users.editor, claim.id, { rating: "true", explanation: "راجعته بنفسي." });
    await expect(
      changePublication(users.editor, claim.id, { action: "publish", version: reviewedByEditor.version, rating: "true", explanation: "صحيح." }),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("Four eyes"),
    });
    expect((await getClaim(users.editor, claim.id)).status).toBe("verdict_proposed");

    await expect(
      changePublication(secondEditor, claim.id, { action: "publish", version: reviewedByEditor.version, rating: "false", explanation: "خاطئ." }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { reason: expect.any(Array) } },
    });
    const published = await changePublication(secondEditor, claim.id, {
      action: "publish",
      version: reviewedByEditor.version,
      rating: "false",
      explanation: "خاطئ.",
      reason: "البيان الرسمي ينفي الرقم",
    });
    expect(published.publication).toMatchObject({ rating: "false", reason: "البيان الرسمي ينفي الرقم" });
    // A reviewer's verdict cannot change once published.
    await expect(submitVerdict(users.reviewer, claim.id, { rating: "true", explanation: "متأخر" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses stale writes with 409 and the current state, changing nothing", async () => {
    const { claim } = await acceptedClaim("تعارض");
    const saved = await updateClaim(users.editor, claim.id, { version: claim.version, claimReviewed: "أرسل 100 مليار رسالة ليلة رأس السنة" });
    const before = await historyCount(claim.id);
    await expect(updateClaim(users.admin, claim.id, { version: claim.version, claimReviewed: "صياغة قديمة" })).rejects.toMatchObject({
      code: "conflict",
      details: { current: { claimReviewed: "أرسل 100 مليار رسالة ليلة رأس السنة", version: saved.version } },
    });
    await expect(assignReviewers(users.editor, claim.id, { version: claim.version, reviewerIds: [users.reviewer.id] })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      changePublication(users.editor, claim.id, { action: "publish", version: claim.version, rating: "true", explanation: "x" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await historyCount(claim.id)).toBe(before);
    expect((await getClaim(users.viewer, claim.id)).claimReviewed).toBe("أرسل 100 مليار رسالة ليلة رأس السنة");

    // A reviewer revising their own verdict needs its version too.
    const first = await submitVerdict(users.reviewer, claim.id, { rating: "true", explanation: "أول" });
    const mine = first.verdicts.find((verdict) => verdict.authorId === users.reviewer.id)!;
    await submitVerdict(users.reviewer, claim.id, { rating: "mostly-true", explanation: "ثان", version: mine.version });
    await expect(submitVerdict(users.reviewer, claim.id, { rating: "false", explanation: "قديم", version: mine.version })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("never lets anyone change or delete the history, the database included", async () => {
    const { claim } = await acceptedClaim("سجل ثابت");
    const database = getDatabase();
    const entry = await database.historyEntry.findFirstOrThrow({ where: { claimId: claim.id } });
    // The database's trigger refuses (Prisma reports it as a driver error); the row stays as written.
    await expect(database.historyEntry.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow();
    await expect(database.historyEntry.deleteMany({ where: { claimId: claim.id } })).rejects.toThrow();
    expect(await database.historyEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
    const historyRoute = await import("../../../app/api/claims/[id]/history/route");
    expect(Object.keys(historyRoute).filter((name) => /^(POST|PUT|PATCH|DELETE)$/.test(name))).toEqual([]);
    // Deleting the claim keeps its history.
    const count = await historyCount(claim.id);
    const { deleteClaim } = await import("@/modules/claims/claims");
    await deleteClaim(users.editor, claim.id);
    expect(await historyCount(claim.id)).toBe(count + 1);
  });

  it("reuses a source across claims, with a stance and excerpt per claim", async () => {
    const { article, claim } = await acceptedClaim("مصادر مشتركة");
    const start = text.indexOf("20 مليار");
    const other = await createClaim(users.editor, article.id, { start, end: start + "20 مليار".length });
    const first = await addSource(users.reviewer, claim.id, {
      url: "https://Example.org/report?utm_source=x#part",
      title: "تقرير",
      stance: "supports",
      excerpt: "100 مليار",
      type: "official-statement",
    });
    expect(first.source.url).toBe("https://example.org/report");
    const second = await addSource(users.reviewer, other.id, {
      url: "https://example.org/report",
      title: "عنوان آخر يُتجاهل",
      stance: "refutes",
      excerpt: "20 مليار",
    });
    expect(second.source.id).toBe(first.source.id);
    expect(second.source.title).toBe("تقرير");
    expect(second.stance).toBe("refutes");
    await expect(addSource(users.reviewer, claim.id, { sourceId: first.source.id })).rejects.toMatchObject({ code: "conflict" });
    await detachSource(users.reviewer, other.id, second.id);
    expect((await getClaim(users.viewer, other.id)).sources).toEqual([]);
    expect(await getDatabase().source.count({ where: { id: first.source.id } })).toBe(1);
  });

  it("puts assigned and mentioned claims in a person's queue", async () => {
    const { claim } = await acceptedClaim("قائمة المهام");
    await assignReviewers(users.editor, claim.id, { version: claim.version, reviewerIds: [secondReviewer.id] });
    expect((await listMyQueue(secondReviewer)).some((item) => item.claimId === claim.id && item.reasons.includes("assigned"))).toBe(true);
    const handle = users.viewer.email.split("@")[0]!;
    const comment = await addComment(users.reviewer, claim.id, { body: `@${handle} هل رأيت البيان؟` });
    expect(comment.mentions.map((mention) => mention.id)).toEqual([users.viewer.id]);
    const queue = await listMyQueue(users.viewer);
    expect(queue.find((item) => item.claimId === claim.id)?.reasons).toEqual(["mentioned"]);
    await expect(addComment(users.viewer, claim.id, { body: "قارئ" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("filters the articles list and searches Arabic without diacritics", async () => {
    const { article, claim } = await acceptedClaim("الرِّسالةُ الأخيرة");
    await assignReviewers(users.editor, claim.id, { version: claim.version, reviewerIds: [secondReviewer.id] });
    const byTitle = await listArticles(users.viewer, { q: "الرسالة" });
    expect(byTitle.map((summary) => summary.id)).toContain(article.id);
    const byClaimText = await listArticles(users.viewer, { q: "مليار رساله" });
    expect(byClaimText.map((summary) => summary.id)).toContain(article.id);
    const byReviewer = await listArticles(users.viewer, { reviewer: secondReviewer.id, status: "in_review" });
    expect(byReviewer.map((summary) => summary.id)).toContain(article.id);
    expect((await listArticles(users.viewer, { status: "published", reviewer: secondReviewer.id })).map((summary) => summary.id)).not.toContain(article.id);
    const summary = byReviewer.find((candidate) => candidate.id === article.id)!;
    expect(summary).toMatchObject({ claimCount: 1, inReviewCount: 1, publishedCount: 0 });
    expect(summary.suggestionCount).toBeGreaterThan(0);
    expect((await listArticles(users.viewer, { language: "en" })).map((candidate) => candidate.id)).not.toContain(article.id);
  });
});
