import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@generated/sqlite/client";
import { resolveDatabaseConfig } from "./config";

export type Database = PrismaClient;
export type { Prisma } from "@generated/sqlite/client";

function createDatabase(): Database {
  const config = resolveDatabaseConfig();
  if (config.provider !== "sqlite") {
    throw new Error("PostgreSQL is not available yet: unset DATABASE_URL to use the embedded SQLite database.");
  }
  // WAL lets readers and the single writer work at once; busy_timeout waits for the writer instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: config.filePath, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForDatabase = globalThis as unknown as { tahqiqDatabase?: Database };

/** The one Prisma client of this process (kept across hot reloads in development). */
export function getDatabase(): Database {
  globalForDatabase.tahqiqDatabase ??= createDatabase();
  return globalForDatabase.tahqiqDatabase;
}
