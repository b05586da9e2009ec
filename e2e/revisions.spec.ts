import { articleText, artifactPath, expect, storageStateOf, test } from "./fixtures";

test.use({ storageState: storageStateOf("editor") });

const original = [
  "قال مسؤول في الشركة إن أكثر من 100 مليار رسالة أُرسلت في ليلة رأس السنة.",
  "وأرسل المستخدمون في الهند أكثر من 20 مليار رسالة في تلك الليلة وحدها.",
  "ويتوقع المحللون أن يستمر النمو خلال العام المقبل بوتيرة أسرع.",
].join("\n");

test("a new revision shows which claims moved, changed or lost their place, and an orphan can be re-attached", async ({ page }) => {
  const created = await page.request.post("/api/articles", { data: { title: `مراجعة ${Date.now()}`, text: original } });
  expect(created.status()).toBe(201);
  const article = (await created.json()) as { id: string };
  for (const exact of ["في ليلة رأس السنة", "يستمر النمو خلال العام المقبل", "في تلك الليلة وحدها"]) {
    const start = original.indexOf(exact);
    expect((await page.request.post(`/api/articles/${article.id}/claims`, { data: { start, end: start + exact.length } })).status()).toBe(201);
  }

  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "تعديل النص (نسخة جديدة)" }).click();
  const revised = ["تحديث: أضيفت أرقام جديدة إلى الخبر.", original.split("\n")[0], "ويتوقع المحللون أن يتواصل النمو خلال العام المقبل بوتيرة أسرع."].join("\n");
  await page.getByLabel("النص", { exact: true }).fill(revised);
  await page.getByLabel("ما الذي تغيّر؟").fill("حذف فقرة الهند");
  await page.getByRole("button", { name: "حفظ النسخة وإعادة ربط الادعاءات" }).click();
  await expect(page.getByRole("status")).toContainText("حُفظت النسخة 2");
  expect(await articleText(page)).toBe(revised);

  const panel = page.getByTestId("claim-panel");
  await page.getByRole("button", { name: "افتح الادعاء: في ليلة رأس السنة" }).click();
  await expect(panel.getByTestId("claim-anchoring")).toContainText("انتقل");

  await page.getByRole("button", { name: /افتح الادعاء: يتواصل النمو/ }).click();
  await expect(panel.getByTestId("claim-anchoring")).toContainText("تغيّر نصه");
  await expect(panel.getByTestId("previous-quote")).toHaveText("يستمر النمو خلال العام المقبل");

  const orphans = page.getByRole("region", { name: /ادعاءات فقدت موضعها/ });
  await expect(orphans).toBeVisible();
  await orphans.getByRole("button", { name: "افتح الادعاء: في تلك الليلة وحدها" }).click();
  await expect(panel.getByTestId("claim-anchoring")).toContainText("فقد موضعه");

  // Re-attach: select new text, then press the panel's button.
  const target = "أضيفت أرقام جديدة";
  const start = revised.indexOf(target);
  await page.getByTestId("article-text").evaluate(
    (container, [from, to]) => {
      const paragraph = container.querySelector<HTMLElement>("[data-offset='0']")!;
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, from!);
      range.setEnd(paragraph.firstChild!, to!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [start, start + target.length] as const,
  );
  await panel.getByRole("button", { name: "إعادة الربط بالتحديد" }).click();
  await expect(panel.getByTestId("claim-anchoring")).toContainText("في موضعه");
  await expect(panel.locator("blockquote").first()).toHaveText(target);
  // The Indian figure's suggestion went with its paragraph and stays listed; the re-attached claim does not.
  await expect(orphans.getByRole("button", { name: "افتح الادعاء: في تلك الليلة وحدها" })).toHaveCount(0);
  await expect(orphans.getByRole("button", { name: /20 مليار/ })).toBeVisible();
  await expect(page.getByText("حذف فقرة الهند")).toBeVisible();
});

test("an editor pastes a new Arabic article; its numbers are suggested at once", async ({ page }) => {
  await page.goto("/articles");
  const title = `مقال جديد ${Date.now()}`;
  await page.getByLabel("العنوان").fill(title);
  await page
    .getByLabel("نص المقال")
    .fill(
      "قالت الوزارة إن نحو 2,5 مليون شخص زاروا المعرض في بنغلاديش، بزيادة 15% عن العام الماضي.\n\nوعاد أكثر من 250 ألف لاجئ سوري من لبنان، فيما تجاوزت الخسائر 12 مليار شيكل.",
    );
  await page.getByRole("button", { name: "إضافة المقال وفحص أرقامه" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: /^افتح الادعاء: 15%/ })).toBeVisible();
  await page.getByRole("button", { name: /^افتح الادعاء: نحو 2,5 مليون شخص/ }).click();
  // The country comes from the detector's gazetteer, named in Arabic by the interface.
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("detection-value")).toHaveText("2,500,000");
  await expect(panel.getByTestId("detection-scope")).toHaveText("بنغلاديش");
  await page.screenshot({ path: artifactPath("new-article-scope.png") });
  // The people counted name the scope, not the country they came back from; a currency sign of its own.
  await page.getByRole("button", { name: /^افتح الادعاء: أكثر من 250 ألف لاجئ/ }).click();
  await expect(panel.getByTestId("detection-scope")).toHaveText("سوريا");
  await page.getByRole("button", { name: /^افتح الادعاء: 12 مليار شيكل/ }).click();
  await expect(panel.getByTestId("detection-value")).toHaveText("12,000,000,000 ILS");
  await panel
    .getByTestId("detection-value")
    .locator("xpath=..")
    .screenshot({ path: artifactPath("new-article-currency.png") });
});
