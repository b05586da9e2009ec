import path from "node:path";
import { z } from "zod";

export type DatabaseConfig = { provider: "sqlite"; filePath: string } | { provider: "postgresql"; url: string };

const environmentSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).optional(),
  TAHQIQ_DATA_DIR: z.string().trim().min(1).optional(),
});

/** Where the app keeps its data (SQLite file, generated secrets). */
export function resolveDataDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  const parsed = environmentSchema.parse(environment);
  // The data directory is chosen at run time; keep the bundler from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ parsed.TAHQIQ_DATA_DIR ?? "data");
}

/** The database is chosen by DATABASE_URL: `file:` (or unset) is the embedded SQLite, `postgres://` PostgreSQL. */
export function resolveDatabaseConfig(environment: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const { DATABASE_URL: databaseUrl } = environmentSchema.parse(environment);
  if (!databaseUrl) return { provider: "sqlite", filePath: path.join(resolveDataDirectory(environment), "tahqiq.db") };
  if (databaseUrl.startsWith("file:")) return { provider: "sqlite", filePath: path.resolve(/*turbopackIgnore: true*/ databaseUrl.slice("file:".length)) };
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { provider: "postgresql", url: databaseUrl };
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${databaseUrl.split(":")[0]}:…")`);
}
