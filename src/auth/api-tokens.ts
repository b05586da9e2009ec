import { createHash, randomBytes } from "node:crypto";

const tokenPrefix = "tq_";

/** A new personal API token: shown once to its owner; only its SHA-256 is stored. */
export function generateApiToken(): { token: string; tokenHash: string; displayPrefix: string } {
  const token = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), displayPrefix: token.slice(0, tokenPrefix.length + 6) };
}

// A plain hash suffices: tokens carry 256 random bits, so there is nothing to brute-force.
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(tokenPrefix) && value.length > tokenPrefix.length + 20;
}
