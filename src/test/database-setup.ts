import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";

// Each test file gets a fresh copy of the migrated template and its own data directory.
const dataDirectory = path.join(inject("testRoot"), randomUUID());
mkdirSync(dataDirectory, { recursive: true });
copyFileSync(inject("templateDatabase"), path.join(dataDirectory, "tahqiq.db"));
process.env.TAHQIQ_DATA_DIR = dataDirectory;
delete process.env.DATABASE_URL;
process.env.NEXTAUTH_SECRET = "test-secret-for-this-run-only";

afterAll(async () => {
  const { getDatabase } = await import("../db/client");
  await getDatabase().$disconnect();
});
