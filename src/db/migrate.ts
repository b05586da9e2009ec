import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { DatabaseConfig } from "./config";
import { noSchemaFilter, openSchemaEngine, readMigrationList } from "./schema-engine";

const prismaDirectory = path.resolve(import.meta.dirname, "../../prisma");

export function schemaPathFor(provider: DatabaseConfig["provider"]): string {
  return path.join(prismaDirectory, provider, "schema.prisma");
}

export function migrationsDirectoryFor(provider: DatabaseConfig["provider"]): string {
  return path.join(prismaDirectory, provider, "migrations");
}

/** Applies pending committed migrations; returns the names it applied (none when up to date). */
export async function applyMigrations(config: DatabaseConfig): Promise<string[]> {
  if (config.provider !== "sqlite") throw new Error("PostgreSQL migrations are not available yet: use the embedded SQLite database.");
  mkdirSync(path.dirname(config.filePath), { recursive: true });
  const { engine, close } = await openSchemaEngine(schemaPathFor(config.provider), new PrismaBetterSqlite3({ url: config.filePath }));
  try {
    const migrationsList = await readMigrationList(migrationsDirectoryFor(config.provider));
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
