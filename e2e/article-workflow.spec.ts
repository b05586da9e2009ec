import { mkdirSync } from "node:fs";
import { articleText, artifactPath, characterBoxes, expect, highlightedTexts, openSeedArticle, people, storageStateOf, test } from "./fixtures";

mkdirSync("e2e/.artifacts", { recursive: true });
test.describe.configure({ mode: "serial" });

const mouseQuote = "استقبل تطبيق واتساب للتراسل الفوري";
const sourceTitle = "بيان واتساب عن ليلة رأس السنة";
const verdictExplanation = "أعلنت واتساب رقماً يفوق 100 مليار رسالة، والمقال ينقله بدقة مع تقريب.";

test.describe("editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("sees the seed article right-to-left with every numeric claim suggested", async ({ page }) => {
    await openSeedArticle(page);
    const text = page.getByTestId("article-text");
    await expect(text).toHaveAttribute("dir", "rtl");
    await expect(text).toHaveAttribute("lang", "ar");
    // Paragraphs are kept: one element per line of the article.
    expect(await text.locator("p").count()).toBeGreaterThan(10);

    await expect.poll(async () => (await highlightedTexts(page, "claim-suggested")).length).toBeGreaterThanOrEqual(7);
    const suggested = await highlightedTexts(page, "claim-suggested");
    for (const expected of ["100 مليار رسالة", "12 مليار صورة", "900 مليون", "20 مليار", "50 مليون", "1,5 مليار", "2009"]) {
      expect(
        suggested.some((highlighted) => highlighted.includes(expected)),
        `${expected} is highlighted`,
      ).toBe(true);
    }
    await page.screenshot({ path: artifactPath("article-suggestions.png"), fullPage: true });
  });

  test("accepts a suggestion by clicking its highlight", async ({ page }) => {
    await openSeedArticle(page);
    const fullText = await articleText(page);
    const start = fullText.indexOf("20 مليار");
    const [box] = await characterBoxes(page, start + 3, start + 4);
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("claim-status")).toHaveText("اقتراح من الكاشف");
    await expect(panel.locator("blockquote")).toContainText("20 مليار");
    await expect(panel.getByTestId("detection-value")).toHaveText("20,000,000,000");
    await expect(panel.getByTestId("detection-scope")).toHaveText("الهند");
    // Checked against the article's total and the UK's share, with the arithmetic shown.
    const consistency = panel.getByTestId("consistency");
    await expect(consistency).toContainText("20,000,000,000 (الهند) ≤ 100,000,000,000");
    await expect(consistency).toContainText("900,000,000 (المملكة المتحدة) + 20,000,000,000 (الهند) = 20,900,000,000 ≤ 100,000,000,000");
    await expect(consistency).toContainText("متسق");
    await consistency.screenshot({ path: artifactPath("consistency.png") });
    await panel.getByRole("button", { name: "قبول الاقتراح" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("ادعاء مقبول");
    await expect.poll(async () => (await highlightedTexts(page, "claim-open-0")).some((highlighted) => highlighted.includes("20 مليار"))).toBe(true);
  });

  test("creates a claim by selecting Arabic text with the mouse", async ({ page }) => {
    await openSeedArticle(page);
    const start = (await articleText(page)).indexOf(mouseQuote);
    const boxes = await characterBoxes(page, start, start + mouseQuote.length);
    const first = boxes[0]!;
    const last = boxes.at(-1)!;
    // Right-to-left: the quote starts at the right edge of its first letter and ends at the left edge of its last.
    await page.mouse.move(first.x + first.width - 1, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + 1, last.y + last.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByText(`التحديد: «${mouseQuote}»`)).toBeVisible();
    await page.getByRole("button", { name: "إنشاء ادعاء من التحديد" }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.locator("blockquote")).toHaveText(mouseQuote);
    await expect(panel.getByTestId("claim-status")).toHaveText("ادعاء مقبول");
  });

  test("creates a claim by selecting with the keyboard (Ctrl+Enter)", async ({ page }) => {
    await openSeedArticle(page);
    const fullText = await articleText(page);
    const wordsStart = fullText.indexOf("العديد لم يتمكنوا");
    await page.getByTestId("article-text").evaluate((container, offset) => {
      const paragraph = Array.from(container.querySelectorAll<HTMLElement>("[data-offset]"))
        .filter((element) => Number(element.dataset.offset) <= offset)
        .at(-1)!;
      (container as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, offset - Number(paragraph.dataset.offset));
      range.collapse(true);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, wordsStart);
    // Three words, then two letters more, each by keyboard only. In right-to-left text, ArrowLeft moves forward.
    for (let word = 0; word < 3; word += 1) await page.keyboard.press("Control+Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowRight");
    const selected = await page.evaluate(() => document.getSelection()!.toString());
    expect(selected.trim().length).toBeGreaterThan(5);
    expect(fullText.slice(wordsStart, wordsStart + selected.length)).toBe(selected);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("claim-panel").locator("blockquote")).toHaveText(selected);
  });

  test("overlapping claims both render and both open", async ({ page }) => {
    await openSeedArticle(page);
    const fullText = await articleText(page);
    const outerStart = fullText.indexOf("وصل عدد الرسائل المبعوثة من الهنود أكثر من 20 مليار رسالة");
    const outerEnd = outerStart + "وصل عدد الرسائل المبعوثة من الهنود أكثر من 20 مليار رسالة".length;
    const articleId = page.url().split("/").at(-1)!;
    const response = await page.request.post(`/api/articles/${articleId}/claims`, { data: { start: outerStart, end: outerEnd } });
    expect(response.status()).toBe(201);
    await page.reload();
    await expect
      .poll(
        async () =>
          (await highlightedTexts(page, "claim-open-0"))
            .concat(await highlightedTexts(page, "claim-open-1"))
            .filter((highlighted) => highlighted.includes("20 مليار")).length,
      )
      .toBe(2);

    // A click inside the overlap opens the innermost claim; the panel offers the enclosing one.
    const inner = fullText.indexOf("20 مليار", outerStart);
    const [box] = await characterBoxes(page, inner + 1, inner + 2);
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const panel = page.getByTestId("claim-panel");
    await expect(panel.locator("blockquote")).toContainText("20 مليار");
    await expect(panel.locator("blockquote")).not.toContainText("الهنود");
    await panel.getByRole("button", { name: /افتح الادعاء: وصل عدد الرسائل/ }).click();
    await expect(panel.locator("blockquote")).toContainText("من الهنود");
    await page.screenshot({ path: artifactPath("article-overlap.png"), fullPage: true });
  });
});

test.describe("reviewer", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("attaches a source and gives a verdict that survive a reload", async ({ page }) => {
    await openSeedArticle(page);
    await page.getByRole("button", { name: `افتح الادعاء: ${mouseQuote}` }).click();
    const panel = page.getByTestId("claim-panel");
    const sourceForm = panel.getByRole("form", { name: "إضافة مصدر" });
    await sourceForm.getByLabel("الرابط", { exact: true }).fill("https://blog.whatsapp.example/new-year-2020");
    await sourceForm.getByLabel("العنوان", { exact: true }).fill(sourceTitle);
    await sourceForm.getByLabel("الناشر", { exact: true }).fill("واتساب");
    await sourceForm.getByLabel("مقتطف").fill("أكثر من 100 مليار رسالة في ليلة رأس السنة");
    await sourceForm.getByLabel("الموقف").selectOption("supports");
    await sourceForm.getByRole("button", { name: "إضافة مصدر" }).click();
    await expect(panel.getByRole("link", { name: sourceTitle })).toBeVisible();

    const verdictForm = panel.getByRole("form", { name: "حكمك" });
    await verdictForm.getByLabel("التقييم").selectOption("mostly-true");
    await verdictForm.getByLabel("التفسير").fill(verdictExplanation);
    await verdictForm.getByLabel(sourceTitle).check();
    await verdictForm.getByRole("button", { name: "إصدار حكم" }).click();
    await expect(panel.getByTestId("verdict")).toContainText("صحيح في معظمه");

    await page.reload();
    await page.getByRole("button", { name: `افتح الادعاء: ${mouseQuote}` }).click();
    await expect(panel.getByRole("link", { name: sourceTitle })).toHaveAttribute("href", "https://blog.whatsapp.example/new-year-2020");
    await expect(panel.getByTestId("verdict")).toContainText(verdictExplanation);
    await expect(panel.getByTestId("verdict")).toContainText(people.reviewer.name);
    await page.screenshot({ path: artifactPath("article-page.png") });

    // The same source is reused on another claim, found by its title, with its own stance.
    await page
      .getByRole("button", { name: /^افتح الادعاء: أكثر من 20 مليار رسالة/ })
      .first()
      .click();
    await panel.getByText("استخدام مصدر مسجَّل").click();
    await panel.getByRole("searchbox", { name: "ابحث في المصادر بالعنوان أو الناشر أو الرابط" }).fill("بيان واتساب");
    await panel.getByRole("combobox", { name: "الموقف" }).first().selectOption("context");
    await panel.getByRole("button", { name: "بحث", exact: true }).click();
    await panel.getByRole("button", { name: "إرفاق" }).click();
    await expect(panel.getByRole("link", { name: sourceTitle })).toBeVisible();
  });
});

test.describe("editor publishes", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("publishes the reviewer's verdict, which the report then shows", async ({ page }) => {
    await openSeedArticle(page);
    await page.getByRole("button", { name: `افتح الادعاء: ${mouseQuote}` }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("claim-status")).toHaveText("حكم مقترح");
    const publication = panel.getByTestId("publication");
    await expect(publication.getByLabel("التقييم")).toHaveValue("mostly-true");
    await publication.getByLabel("التفسير").fill(verdictExplanation);
    await publication.getByRole("button", { name: "نشر الحكم النهائي" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("منشور");
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector(".workbench-side")?.scrollTo(0, 0);
    });
    await page.screenshot({ path: artifactPath("article-published.png") });

    await page.getByRole("link", { name: "تقرير التحقق" }).click();
    const report = page.getByTestId("report");
    await expect(report).toHaveAttribute("dir", "rtl");
    await expect(report.getByRole("heading", { level: 1 })).toHaveText("واتساب يحقق شعبية قياسية مع بداية العام الجديد");
    const claim = report.getByTestId("report-claim").filter({ hasText: mouseQuote });
    await expect(claim.locator("mark")).toHaveText(mouseQuote);
    await expect(claim.getByTestId("report-rating")).toHaveText("صحيح في معظمه");
    await expect(claim).toContainText(verdictExplanation);
    await expect(claim.getByRole("link", { name: sourceTitle })).toBeVisible();
    await page.screenshot({ path: artifactPath("report.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: artifactPath("report.pdf"), format: "A4", printBackground: true });

    const articleId = page.url().split("/").at(-2)!;
    const json = (await (await page.request.get(`/api/articles/${articleId}/report?format=json`)).json()) as {
      claims: { quote: string; verdict: { explanation: string } | null; sources: { title: string }[] }[];
    };
    const jsonClaim = json.claims.find((candidate) => candidate.quote === mouseQuote);
    expect(jsonClaim?.verdict?.explanation).toBe(verdictExplanation);
    expect(jsonClaim?.sources.map((source) => source.title)).toEqual([sourceTitle]);
    const markdownResponse = await page.request.get(`/api/articles/${articleId}/report?format=markdown&download=1`);
    expect(markdownResponse.headers()["content-disposition"]).toContain("attachment");
    const markdown = await markdownResponse.text();
    expect(markdown).toContain(mouseQuote);
    expect(markdown).toContain("صحيح في معظمه");
    expect(markdown).toContain(sourceTitle);
  });
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("reads claims but cannot give a verdict", async ({ page }) => {
    await openSeedArticle(page);
    await page.getByRole("button", { name: `افتح الادعاء: ${mouseQuote}` }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("verdict")).toContainText("صحيح في معظمه");
    await expect(panel.getByText("دورك يسمح بالقراءة فقط.")).toBeVisible();
    await expect(panel.getByRole("button", { name: "إصدار حكم" })).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "نشر الحكم النهائي" })).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "قبول الاقتراح" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "إنشاء ادعاء من التحديد" })).toHaveCount(0);

    // The server refuses it too, whatever the page shows.
    const claims = (await (await page.request.get(`/api/articles/${page.url().split("/").at(-1)}/claims`)).json()) as {
      id: string;
      target: { selector: [{ exact: string }] };
    }[];
    const claimId = claims.find((claim) => claim.target.selector[0].exact === mouseQuote)!.id;
    const refused = await page.request.post(`/api/claims/${claimId}/verdicts`, { data: { rating: "false", explanation: "لا" } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("viewer");
  });

  test("switches the interface language and remembers it", async ({ page }) => {
    await openSeedArticle(page);
    await page.getByRole("button", { name: "Switch the interface to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("link", { name: "Articles" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Detector suggestions", exact: false })).toBeVisible();
    // The article keeps its own direction whatever the interface language.
    await expect(page.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.screenshot({ path: artifactPath("article-english-interface.png") });
    await page.getByRole("button", { name: "حوّل الواجهة إلى العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: "المقالات" })).toBeVisible();
  });
});
