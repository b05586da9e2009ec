import type { Page } from "@playwright/test";
import { articleText, characterBoxes, expect, highlightedTexts, storageStateOf, test } from "./fixtures";

test.use({ storageState: storageStateOf("editor") });

const text = [
  "استقبل تطبيق واتساب للتراسل الفوري العام الجديد بارتفاع غير مسبوق.",
  "ويضم التطبيق 1,5 مليار مستخدم و50 مليون حساب تجاري حول العالم.",
  "وقالت الصحيفة إن البريطانيين استحوذوا على أكثر من 900 مليون رسالة.",
].join("\n");

async function openNewArticle(page: Page): Promise<string> {
  const response = await page.request.post("/api/articles", { data: { title: `إبراز ${Date.now()}`, text } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/articles/${id}`);
  await expect(page.getByTestId("article-text")).toBeVisible();
  return id;
}

async function selectOffsets(page: Page, start: number, end: number) {
  await page.getByTestId("article-text").evaluate(
    (container, [from, to]) => {
      const paragraphs = Array.from(container.querySelectorAll<HTMLElement>("[data-offset]"));
      const at = (offset: number) => {
        const paragraph = paragraphs.filter((element) => Number(element.dataset.offset) <= offset).at(-1)!;
        return { node: paragraph.firstChild!, offset: offset - Number(paragraph.dataset.offset) };
      };
      (container as HTMLElement).focus();
      const range = document.createRange();
      const startPoint = at(from!);
      const endPoint = at(to!);
      range.setStart(startPoint.node, startPoint.offset);
      range.setEnd(endPoint.node, endPoint.offset);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [start, end] as const,
  );
}

const wordWidth = (page: Page, start: number, end: number) =>
  page.getByTestId("article-text").evaluate(
    (container, [from, to]) => {
      const paragraph = container.querySelector<HTMLElement>("[data-offset='0']")!;
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, from!);
      range.setEnd(paragraph.firstChild!, to!);
      return { width: range.getBoundingClientRect().width, textNodes: paragraph.childNodes.length };
    },
    [start, end] as const,
  );

test("a highlight inside an Arabic word keeps its letters joined and its width", async ({ page }) => {
  const articleId = await openNewArticle(page);
  const word = "تطبيق";
  const wordStart = text.indexOf(word);
  const before = await wordWidth(page, wordStart, wordStart + word.length);
  const response = await page.request.post(`/api/articles/${articleId}/claims`, { data: { start: wordStart + 1, end: wordStart + 3 } });
  expect(response.status()).toBe(201);
  await page.reload();
  await expect.poll(async () => highlightedTexts(page, "claim-open-0")).toContain("طب");
  const after = await wordWidth(page, wordStart, wordStart + word.length);
  // Joined letters are narrower than isolated ones: any break in shaping would change the width.
  expect(after.width).toBeCloseTo(before.width, 2);
  expect(after.textNodes).toBe(1);
});

test("digits inside right-to-left text keep their order when highlighted", async ({ page }) => {
  await openNewArticle(page);
  const start = text.indexOf("1,5");
  await expect.poll(async () => (await highlightedTexts(page, "claim-suggested")).some((highlighted) => highlighted.includes("1,5 مليار"))).toBe(true);
  const [one, comma, five] = await characterBoxes(page, start, start + 3);
  expect(one!.x).toBeLessThan(comma!.x);
  expect(comma!.x).toBeLessThan(five!.x);
});

test("dragging the mouse in either direction creates a claim with exactly the selected characters", async ({ page }) => {
  await openNewArticle(page);
  const fullText = await articleText(page);
  for (const quote of ["للتراسل الفوري", "حساب تجاري"]) {
    const start = fullText.indexOf(quote);
    const boxes = await characterBoxes(page, start, start + quote.length);
    const first = boxes[0]!;
    const last = boxes.at(-1)!;
    const fromStart = quote === "للتراسل الفوري";
    // Right-to-left: the first letter's right edge to the last letter's left edge, or the reverse.
    const startPoint = { x: first.x + first.width - 1, y: first.y + first.height / 2 };
    const endPoint = { x: last.x + 1, y: last.y + last.height / 2 };
    const [from, to] = fromStart ? [startPoint, endPoint] : [endPoint, startPoint];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    await page.getByRole("button", { name: "إنشاء ادعاء من التحديد" }).click();
    await expect(page.getByTestId("claim-panel").locator("blockquote").first()).toHaveText(quote);
  }
});

test("Shift+Arrow and Shift+Ctrl+Arrow select exactly what becomes the claim", async ({ page }) => {
  await openNewArticle(page);
  const start = text.indexOf("البريطانيين");
  await selectOffsets(page, start, start);
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowRight");
  const selected = await page.evaluate(() => document.getSelection()!.toString());
  expect(selected.length).toBeGreaterThan("البريطانيين".length);
  expect(text.slice(start, start + selected.length)).toBe(selected);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("claim-panel").locator("blockquote").first()).toHaveText(selected.trim());
});

test("snapping widens a partial selection to the whole word, clitics included", async ({ page }) => {
  await openNewArticle(page);
  await page.getByLabel("التحديد بكلمات كاملة").check();
  const start = text.indexOf("تراس");
  await selectOffsets(page, start, start + 4);
  await expect(page.getByText("التحديد: «للتراسل»")).toBeVisible();
  await page.getByRole("button", { name: "إنشاء ادعاء من التحديد" }).click();
  await expect(page.getByTestId("claim-panel").locator("blockquote").first()).toHaveText("للتراسل");
});

test("Tab and Shift+Tab move between claims in reading order; Enter opens one", async ({ page }) => {
  await openNewArticle(page);
  await expect.poll(async () => (await highlightedTexts(page, "claim-suggested")).length).toBeGreaterThanOrEqual(3);
  await page.getByTestId("article-text").focus();
  await page.keyboard.press("Tab");
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(await focusedName()).toContain("1,5 مليار");
  await page.keyboard.press("Tab");
  expect(await focusedName()).toContain("50 مليون");
  await page.keyboard.press("Tab");
  expect(await focusedName()).toContain("900 مليون");
  await page.keyboard.press("Shift+Tab");
  expect(await focusedName()).toContain("50 مليون");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("claim-panel").locator("blockquote").first()).toContainText("50 مليون");
});
