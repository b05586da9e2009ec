import { expect, test } from "./fixtures";

// Failed sign-ins answer 401 from next-auth's endpoint, which Chromium logs.
test.use({ allowedConsoleErrors: [/status of 401/] });

test("repeated wrong passwords for one address are refused for a while, with a clear message", async ({ page }) => {
  await page.goto("/signin");
  const email = `guess-${Date.now()}@tahqiq.test`;
  await page.getByLabel("البريد الإلكتروني").fill(email);
  for (let attempt = 1; attempt <= 8; attempt += 1) {
    await page.getByLabel("كلمة المرور").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "دخول" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
    await expect(page.getByRole("button", { name: "دخول" })).toBeEnabled();
  }
  await page.getByLabel("كلمة المرور").fill("wrong-password-9");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("محاولات فاشلة كثيرة لهذا البريد. انتظر ربع ساعة ثم حاول مرة أخرى.");
});
