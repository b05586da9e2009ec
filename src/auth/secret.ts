import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDataDirectory } from "@/db/config";

let cachedSecret: string | undefined;

/**
 * next-auth's signing secret: NEXTAUTH_SECRET when set, else one generated on first start and kept
 * beside the data (mode 600), so sessions survive restarts and no secret is ever committed.
 */
export function getAuthSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnvironment = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnvironment) return (cachedSecret = fromEnvironment);
  const directory = resolveDataDirectory();
  const secretPath = path.join(directory, "auth-secret");
  try {
    cachedSecret = readFileSync(secretPath, "utf8").trim();
  } catch {
    mkdirSync(directory, { recursive: true });
    const generated = randomBytes(32).toString("base64url");
    try {
      writeFileSync(secretPath, `${generated}\n`, { mode: 0o600, flag: "wx" });
      cachedSecret = generated;
    } catch {
      // Another process created it first: use theirs.
      cachedSecret = readFileSync(secretPath, "utf8").trim();
    }
  }
  return cachedSecret;
}
