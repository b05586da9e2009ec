// npm start: migrate and seed the embedded database, build when the sources changed, then serve.
// `--dev` serves with `next dev` instead (no build).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getAuthSecret } from "../src/auth/secret";
import { resolveDatabaseConfig, resolveDataDirectory } from "../src/db/config";
import { applyMigrations } from "../src/db/migrate";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TAHQIQ_DATA_DIR = resolveDataDirectory();
// Without a fixed public URL, next-auth derives it from the request's Host (localhost, 127.0.0.1, a LAN name).
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "1";
getAuthSecret();

const applied = await applyMigrations(resolveDatabaseConfig());
if (applied.length > 0) console.log(`[tahqiq] applied migrations: ${applied.join(", ")}`);
// Imported after migrating: the seed goes through the app's own use case (detection included).
const { ensureSeedArticles } = await import("../src/modules/articles/seed-articles");
const seeded = await ensureSeedArticles();
if (seeded > 0) console.log(`[tahqiq] loaded ${seeded} seed article(s)`);

function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) if (!child.startsWith(".") && !child.endsWith(".test.ts")) visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "src", "public", "next.config.ts", "package-lock.json", "tsconfig.json"]) if (existsSync(entry)) visit(entry);
  return newest;
}

const nextBinary = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (!isDev) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime()) {
    console.log("[tahqiq] building the app (first start or changed sources)…");
    const build = spawnSync(process.execPath, [nextBinary, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

console.log(`[tahqiq] serving on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBinary, isDev ? "dev" : "start", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
