import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where installed (these machines cannot download Playwright's own), else Playwright's.
const chromiumCandidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
const executablePath = chromiumCandidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    locale: "ar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [
    { name: "setup", testMatch: /first-run\.setup\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } } },
    { name: "chromium", dependencies: ["setup"], testMatch: /\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } } },
  ],
  webServer: {
    // A fresh database every run: the first-run setup is part of what the tests prove.
    command: "node e2e/serve-fresh.mjs",
    url: `${baseURL}/api/openapi.json`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { PORT: String(port), TAHQIQ_DATA_DIR: ".test-data/e2e" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
