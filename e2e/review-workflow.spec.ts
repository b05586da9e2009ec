import type { Browser, Page } from "@playwright/test";
import { artifactPath, expect, people, storageStateOf, test } from "./fixtures";
import type { Person } from "./fixtures";

const text = ["أعلنت الوزارة أن أكثر من 3 ملايين طالب التحقوا بالمدارس هذا العام.", "وقال المتحدث إن 40 ألف معلم جديد انضموا إلى المدارس الحكومية."].join("\n");
const quote = "أكثر من 3 ملايين طالب";

const otherPagesErrors: string[] = [];

async function openAs(browser: Browser, person: Person, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(person), locale: "ar" });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") otherPagesErrors.push(`${person}: ${message.text()}`);
  });
  page.on("pageerror", (error) => otherPagesErrors.push(`${person}: ${error.message}`));
  await page.goto(url);
  await expect(page.getByTestId("claim-panel")).toBeVisible();
  return page;
}

// The editor's stale save below is refused with a 409 on purpose; Chromium logs it.
test.use({ storageState: storageStateOf("editor"), allowedConsoleErrors: [/status of 409/] });

test("two reviewers give independent verdicts live; a conflict is shown and resolved; the editor publishes and corrects", async ({ page, browser }) => {
  // The editor prepares a claim and assigns both reviewers through the API.
  const created = await page.request.post("/api/articles", { data: { title: `تسجيل الطلاب ${Date.now()}`, text } });
  const article = (await created.json()) as { id: string };
  const start = text.indexOf(quote);
  const claim = (await (await page.request.post(`/api/articles/${article.id}/claims`, { data: { start, end: start + quote.length } })).json()) as {
    id: string;
    version: number;
  };
  const reviewers = (await (await page.request.get("/api/reviewers")).json()) as { id: string; name: string }[];
  const reviewerIds = reviewers
    .filter((reviewer) => reviewer.name === people.reviewer.name || reviewer.name === people.reviewer2.name)
    .map((reviewer) => reviewer.id);
  expect(reviewerIds).toHaveLength(2);
  expect((await page.request.post(`/api/claims/${claim.id}/assignments`, { data: { version: claim.version, reviewerIds } })).status()).toBe(200);
  const claimUrl = `/articles/${article.id}?claim=${claim.id}`;

  const first = await openAs(browser, "reviewer", claimUrl);
  const second = await openAs(browser, "reviewer2", claimUrl);
  const firstPanel = first.getByTestId("claim-panel");
  const secondPanel = second.getByTestId("claim-panel");
  await expect(firstPanel.getByTestId("claim-status")).toHaveText("قيد المراجعة");
  // Presence: each sees the other looking at the same claim.
  await expect(firstPanel.getByTestId("presence")).toContainText(people.reviewer2.name, { timeout: 2_000 });

  // The second reviewer answers first; the first reviewer, still blind, sees only that a verdict exists.
  const secondForm = secondPanel.getByRole("form", { name: "حكمك" });
  await secondForm.getByLabel("التقييم").selectOption("false");
  await secondForm.getByLabel("التفسير").fill("الأرقام الرسمية تقول 2.8 مليون طالب فقط.");
  await secondForm.getByRole("button", { name: "إصدار حكم" }).click();
  await expect(secondPanel.getByTestId("verdict")).toHaveCount(1);
  await expect(firstPanel.getByTestId("hidden-verdicts")).toContainText("1 حكم", { timeout: 2_000 });
  await expect(firstPanel.getByTestId("verdict")).toHaveCount(0);
  await expect(firstPanel.getByTestId("reviewers")).toContainText(`${people.reviewer2.name} · ✓`);

  const firstForm = firstPanel.getByRole("form", { name: "حكمك" });
  await firstForm.getByLabel("التقييم").selectOption("mostly-false");
  await firstForm.getByLabel("التفسير").fill("العدد أقل من المعلن بقليل.");
  await firstForm.getByRole("button", { name: "إصدار حكم" }).click();
  await expect(firstPanel.getByTestId("verdict")).toHaveCount(2);
  await expect(firstPanel.getByTestId("agreement")).toContainText("مختلفون");
  await expect(firstPanel.getByTestId("claim-status")).toHaveText("حكم مقترح");
  // …and the second reviewer's page shows the first's verdict without a reload.
  await expect(secondPanel.getByTestId("verdict")).toHaveCount(2, { timeout: 2_000 });
  await expect(secondPanel.getByTestId("claim-status")).toHaveText("حكم مقترح");
  await first.screenshot({ path: artifactPath("two-reviewers.png") });

  // Two editors restate the claim at once: the later save is refused, shown, and applied again.
  const editorPage = page;
  await editorPage.goto(claimUrl);
  const adminPage = await openAs(browser, "admin", claimUrl);
  const statementOf = (target: Page) => target.getByTestId("claim-panel").getByRole("textbox", { name: "الادعاء بصياغة المحرر" });
  const editorText = "الوزارة: أكثر من 3 ملايين طالب التحقوا بالمدارس";
  await statementOf(editorPage).fill(editorText);
  await statementOf(adminPage).fill("التحق 3 ملايين طالب بالمدارس");
  // The admin's save reaches the editor's open page live, as a refetch of the claim.
  const liveRefetch = editorPage.waitForResponse((response) => response.url().endsWith(`/api/claims/${claim.id}`) && response.request().method() === "GET");
  await adminPage.getByTestId("claim-panel").getByRole("button", { name: "حفظ الصياغة" }).click();
  await expect(statementOf(adminPage)).toHaveValue("التحق 3 ملايين طالب بالمدارس");
  await expect(adminPage.getByTestId("claim-panel").getByRole("alert")).toHaveCount(0);
  await liveRefetch;
  // The editor's unsaved typing is kept although the admin's change has arrived.
  await expect(statementOf(editorPage)).toHaveValue(editorText);
  await editorPage.getByTestId("claim-panel").getByRole("button", { name: "حفظ الصياغة" }).click();
  await expect(editorPage.getByTestId("statement-conflict")).toContainText("التحق 3 ملايين طالب بالمدارس");
  await expect(statementOf(editorPage)).toHaveValue(editorText);
  await editorPage.getByTestId("claim-panel").getByRole("button", { name: "حفظ الصياغة" }).click();
  await expect(editorPage.getByTestId("statement-conflict")).toHaveCount(0);
  await expect(statementOf(adminPage)).toHaveValue(editorText, { timeout: 2_000 });
  const saved = (await (await editorPage.request.get(`/api/claims/${claim.id}`)).json()) as { claimReviewed: string };
  expect(saved.claimReviewed).toBe(editorText);

  // The editor publishes; the reviewers' pages follow live.
  const publication = editorPage.getByTestId("claim-panel").getByTestId("publication");
  await publication.getByRole("combobox", { name: "التقييم" }).first().selectOption("mostly-false");
  await publication.getByLabel("التفسير").first().fill("العدد الرسمي 2.8 مليون طالب: الرقم المعلن مبالغ فيه قليلاً.");
  await publication.getByRole("button", { name: "نشر الحكم النهائي" }).click();
  await expect(editorPage.getByTestId("claim-panel").getByTestId("claim-status")).toHaveText("منشور");
  await expect(firstPanel.getByTestId("claim-status")).toHaveText("منشور", { timeout: 2_000 });

  // A later correction shows in the report as a correction.
  const correction = editorPage.getByTestId("claim-panel").getByRole("form", { name: "نشر تصحيح" });
  await correction.getByLabel("التقييم").selectOption("false");
  await correction.getByLabel("التفسير").fill("بيان لاحق للوزارة: 2.5 مليون طالب فقط.");
  await correction.getByLabel("ما الذي صُحّح ولماذا").fill("صدر بيان رسمي جديد بعدد أقل");
  await correction.getByRole("button", { name: "نشر تصحيح" }).click();
  await expect(editorPage.getByTestId("claim-panel").getByTestId("publication")).toContainText("بيان لاحق للوزارة");

  await editorPage.goto(`/articles/${article.id}/report`);
  const reportClaim = editorPage.getByTestId("report-claim").filter({ hasText: quote });
  await expect(reportClaim.getByTestId("report-rating")).toHaveText("خاطئ");
  await expect(reportClaim).toContainText("التصحيحات");
  await expect(reportClaim).toContainText("صُحّح الحكم");
  await expect(reportClaim).toContainText("صدر بيان رسمي جديد بعدد أقل");
  await editorPage.screenshot({ path: artifactPath("report-correction.png"), fullPage: true });

  // The history shows every step, and it cannot be changed through the API.
  const history = (await (await editorPage.request.get(`/api/claims/${claim.id}/history`)).json()) as { action: string }[];
  expect(history.map((entry) => entry.action)).toEqual(expect.arrayContaining(["create", "assign", "submit", "update", "publish", "correct"]));
  for (const method of ["DELETE", "PATCH", "PUT"] as const) {
    const refused = await editorPage.request.fetch(`/api/claims/${claim.id}/history`, { method, data: {} });
    expect(refused.status(), method).toBe(405);
  }
  await Promise.all([first.context().close(), second.context().close(), adminPage.context().close()]);
  expect(otherPagesErrors, "console errors in the reviewers' and admin's pages").toEqual([]);
});
