// npm run db:migration -- NAME: writes prisma/<provider>/migrations/<timestamp>_NAME/migration.sql by diffing
// the datamodel of the last migration (kept as schema.snapshot.prisma) against the current schema.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { migrationsDirectoryFor, schemaPathFor } from "../src/db/migrate";
import { noSchemaFilter, openSchemaEngine } from "../src/db/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- name_in_snake_case");
  process.exit(2);
}
const provider = "sqlite" as const;
const schemaPath = schemaPathFor(provider);
const migrationsDirectory = migrationsDirectoryFor(provider);
const snapshotPath = path.join(migrationsDirectory, "schema.snapshot.prisma");
const current = readFileSync(schemaPath, "utf8");

const { engine, close } = await openSchemaEngine(schemaPath, new PrismaBetterSqlite3({ url: ":memory:" }));
const { stdout } = await engine.diff({
  from: existsSync(snapshotPath) ? { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: readFileSync(snapshotPath, "utf8") }] } : { tag: "empty" },
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: current }] },
  script: true,
  exitCode: null,
  filters: noSchemaFilter,
});
await close();
if (!stdout || /^-- This is an empty migration/.test(stdout.trim())) {
  console.log("The schema has not changed since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const directory = path.join(migrationsDirectory, `${stamp}_${name}`);
mkdirSync(directory, { recursive: true });
writeFileSync(path.join(directory, "migration.sql"), stdout);
writeFileSync(snapshotPath, current);
writeFileSync(path.join(migrationsDirectory, "migration_lock.toml"), `provider = "${provider}"\n`);
console.log(`Wrote ${path.relative(process.cwd(), directory)}/migration.sql`);
