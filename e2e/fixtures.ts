import { expect, test as base } from "@playwright/test";
import type { Page } from "@playwright/test";

export const password = "كلمة-سر-طويلة-2026";
export const people = {
  admin: { email: "admin@tahqiq.test", name: "مديرة التحرير" },
  editor: { email: "editor@tahqiq.test", name: "محرر الأخبار" },
  reviewer: { email: "reviewer@tahqiq.test", name: "مراجعة الحقائق" },
  viewer: { email: "viewer@tahqiq.test", name: "قارئ فقط" },
  reviewer2: { email: "reviewer2@tahqiq.test", name: "مراجع ثان" },
} as const;
export type Person = keyof typeof people;

export const storageStateOf = (person: Person) => `e2e/.auth/${person}.json`;
export const artifactPath = (name: string) => `e2e/.artifacts/${name}`;

/**
 * Every test fails on a console error or an uncaught exception in the page. A test that provokes a 4xx
 * on purpose lists the console lines it expects in `allowedConsoleErrors`.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, person: Person) {
  await page.goto("/signin");
  await page.getByLabel(/البريد الإلكتروني|Email/).fill(people[person].email);
  await page.getByLabel(/كلمة المرور|Password/).fill(password);
  await page.getByRole("button", { name: /^(دخول|Sign in)$/ }).click();
  await expect(page).toHaveURL(/\/articles/);
}

export async function openSeedArticle(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: "واتساب يحقق شعبية قياسية مع بداية العام الجديد" }).click();
  await expect(page.getByTestId("article-text")).toBeVisible();
}

/** The texts currently painted by a CSS custom highlight (the API leaves no trace in the DOM). */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? Array.from(highlight as unknown as Set<Range>, (range) => range.toString()) : [];
  }, name);
}

/** Screen boxes of the characters [start, end) of the article text, for mouse selection. */
export async function characterBoxes(page: Page, start: number, end: number) {
  return page.getByTestId("article-text").evaluate(
    (container, [from, to]) => {
      const boxes: { x: number; y: number; width: number; height: number }[] = [];
      const paragraphs = Array.from(container.querySelectorAll<HTMLElement>("[data-offset]"));
      for (let offset = from!; offset < to!; offset += 1) {
        const paragraph = paragraphs.filter((element) => Number(element.dataset.offset) <= offset).at(-1)!;
        const range = document.createRange();
        const local = offset - Number(paragraph.dataset.offset);
        range.setStart(paragraph.firstChild!, local);
        range.setEnd(paragraph.firstChild!, local + 1);
        const rect = range.getBoundingClientRect();
        boxes.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
      }
      return boxes;
    },
    [start, end] as const,
  );
}

export async function articleText(page: Page): Promise<string> {
  return page
    .getByTestId("article-text")
    .evaluate((container) => Array.from(container.querySelectorAll<HTMLElement>("[data-offset]"), (paragraph) => paragraph.textContent ?? "").join("\n"));
}
