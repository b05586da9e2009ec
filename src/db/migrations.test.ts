// Migrations must carry data over: run the history up to a point, write rows the old way, then migrate.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsDirectoryFor, schemaPathFor } from "./migrate";
import { noSchemaFilter, openSchemaEngine, readMigrationList } from "./schema-engine";

const workDirectory = mkdtempSync(path.join(os.tmpdir(), "tahqiq-migrations-"));
afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

async function migrateWith(databasePath: string, migrationNames: string[]): Promise<string[]> {
  const directory = path.join(workDirectory, `migrations-${migrationNames.length}`);
  for (const name of migrationNames) cpSync(path.join(migrationsDirectoryFor("sqlite"), name), path.join(directory, name), { recursive: true });
  const { engine, close } = await openSchemaEngine(schemaPathFor("sqlite"), new PrismaBetterSqlite3({ url: databasePath }));
  try {
    return (await engine.applyMigrations({ migrationsList: await readMigrationList(directory), filters: noSchemaFilter })).appliedMigrationNames;
  } finally {
    await close();
  }
}

const allMigrations = readdirSync(migrationsDirectoryFor("sqlite"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations", () => {
  it("keep sources (one per URL, linked to every claim) and superseded verdicts when the review workflow arrives", async () => {
    const databasePath = path.join(workDirectory, "carry-over.db");
    const workflowIndex = allMigrations.findIndex((name) => name.endsWith("_review_workflow"));
    expect(workflowIndex).toBeGreaterThan(0);
    await migrateWith(databasePath, allMigrations.slice(0, workflowIndex));

    const database = new Database(databasePath);
    const now = new Date().toISOString();
    database
      .prepare(`INSERT INTO "User" (id, email, name, passwordHash, role, updatedAt) VALUES ('u1', 'r@example.test', 'مراجع', 'x', 'reviewer', ?)`)
      .run(now);
    database.prepare(`INSERT INTO "Article" (id, title, language, text, updatedAt) VALUES ('a1', 'عنوان', 'ar', 'نص المقال', ?)`).run(now);
    for (const claimId of ["c1", "c2"]) {
      database
        .prepare(
          `INSERT INTO "Claim" (id, articleId, status, origin, quoteExact, quotePrefix, quoteSuffix, positionStart, positionEnd, updatedAt) VALUES (?, 'a1', 'open', 'person', 'نص', '', ' المقال', 0, 2, ?)`,
        )
        .run(claimId, now);
    }
    const insertSource = database.prepare(
      `INSERT INTO "Source" (id, claimId, url, title, publisher, excerpt, accessedAt) VALUES (?, ?, ?, 'بيان', 'واتساب', ?, ?)`,
    );
    insertSource.run("s1", "c1", "https://example.org/a", "مقتطف أول", now);
    insertSource.run("s2", "c2", "https://example.org/a", "مقتطف ثان", now);
    const insertVerdict = database.prepare(`INSERT INTO "Verdict" (id, claimId, rating, explanation, authorId, createdAt) VALUES (?, 'c1', ?, ?, 'u1', ?)`);
    insertVerdict.run("v1", "false", "الحكم الأول", "2026-01-01T00:00:00.000Z");
    insertVerdict.run("v2", "true", "الحكم المعدّل", "2026-01-02T00:00:00.000Z");
    database.close();

    expect(await migrateWith(databasePath, allMigrations)).toEqual(allMigrations.slice(workflowIndex));

    const migrated = new Database(databasePath);
    expect(migrated.prepare(`SELECT url FROM "Source"`).all()).toEqual([{ url: "https://example.org/a" }]);
    expect(migrated.prepare(`SELECT claimId, sourceId, excerpt FROM "ClaimSource" ORDER BY claimId`).all()).toEqual([
      { claimId: "c1", sourceId: "s1", excerpt: "مقتطف أول" },
      { claimId: "c2", sourceId: "s1", excerpt: "مقتطف ثان" },
    ]);
    expect(migrated.prepare(`SELECT id, rating FROM "Verdict"`).all()).toEqual([{ id: "v2", rating: "true" }]);
    const superseded = migrated.prepare(`SELECT entityId, action, before FROM "HistoryEntry"`).get() as { entityId: string; action: string; before: string };
    expect(superseded).toMatchObject({ entityId: "v1", action: "superseded" });
    expect(JSON.parse(superseded.before)).toMatchObject({ rating: "false", explanation: "الحكم الأول" });
    expect(migrated.prepare(`SELECT COUNT(*) AS count FROM "Rating" WHERE scaleId = 'default-scale'`).get()).toEqual({ count: 7 });

    // History refuses changes at the database level too.
    expect(() => migrated.prepare(`UPDATE "HistoryEntry" SET action = 'edited'`).run()).toThrow(/append-only/);
    expect(() => migrated.prepare(`DELETE FROM "HistoryEntry"`).run()).toThrow(/append-only/);
    migrated.close();
  });
});
