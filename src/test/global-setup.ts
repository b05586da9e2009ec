// Migrates one template SQLite database per test run; each test file then works on its own copy
// (src/test/database-setup.ts), a real database file, never a mock.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    testRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const testRoot = mkdtempSync(path.join(os.tmpdir(), "tahqiq-test-"));
  const templateDatabase = path.join(testRoot, "template.db");
  await applyMigrations({ provider: "sqlite", filePath: templateDatabase });
  project.provide("templateDatabase", templateDatabase);
  project.provide("testRoot", testRoot);
  return () => rmSync(testRoot, { recursive: true, force: true });
}
