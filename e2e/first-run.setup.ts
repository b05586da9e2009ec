import { expect, password, people, signIn, storageStateOf, test } from "./fixtures";
import type { Person } from "./fixtures";

// The too-short password below is refused by the API with a 400, which Chromium logs.
test.use({ allowedConsoleErrors: [/status of 400/] });

test("first run: create the administrator, sign in, add colleagues", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "إعداد تحقيق" })).toBeVisible();

  // A too-short password is refused with a message next to the field.
  await page.getByLabel("البريد الإلكتروني").fill(people.admin.email);
  await page.getByLabel("الاسم").fill(people.admin.name);
  await page.getByLabel("كلمة المرور").fill("short");
  await page.getByRole("button", { name: "إنشاء حساب المدير" }).click();
  // The API answers in the interface language (Arabic here).
  await expect(page.getByText("تحتاج كلمة المرور إلى عشرة أحرف على الأقل.")).toBeVisible();

  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "إنشاء حساب المدير" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // Setup is closed once an administrator exists.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, "admin");
  await expect(page.getByText(`${people.admin.name} · مدير`)).toBeVisible();
  await page.context().storageState({ path: storageStateOf("admin") });

  // The administrator adds a reviewer through the Users page…
  await page.getByRole("link", { name: "المستخدمون" }).click();
  await page.getByLabel("البريد الإلكتروني").fill(people.reviewer.email);
  await page.getByLabel("الاسم").fill(people.reviewer.name);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByLabel("الدور").selectOption("reviewer");
  await page.getByRole("button", { name: "إضافة مستخدم" }).click();
  await expect(page.getByRole("status")).toContainText(people.reviewer.name);
  await expect(page.getByRole("cell", { name: people.reviewer.email })).toBeVisible();

  // …and the others through the API, which the page's session may call as well.
  for (const [person, role] of [
    ["editor", "editor"],
    ["viewer", "viewer"],
    ["reviewer2", "reviewer"],
  ] as const) {
    const response = await page.request.post("/api/users", { data: { ...people[person], password, role } });
    expect(response.status()).toBe(201);
  }

  for (const person of ["editor", "reviewer", "viewer", "reviewer2"] satisfies Person[]) {
    const context = await browser.newContext();
    const personPage = await context.newPage();
    await signIn(personPage, person);
    await context.storageState({ path: storageStateOf(person) });
    await context.close();
  }
});
