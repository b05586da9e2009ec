import type { CurrentUser } from "@/auth/current-user";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "@/auth/api-tokens";
import { getDatabase } from "@/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { createApiTokenInputSchema } from "./schemas";
import type { ApiTokenDto } from "./schemas";
import { findActiveUser } from "./users";

interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

function toApiTokenDto(row: ApiTokenRow): ApiTokenDto {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}

/** Any signed-in person may create tokens for themselves; a token acts with its owner's current role. */
export async function createApiToken(actor: CurrentUser, input: unknown): Promise<ApiTokenDto & { token: string }> {
  const { name } = parseInput(createApiTokenInputSchema, input);
  const { token, tokenHash, displayPrefix } = generateApiToken();
  const row = await getDatabase().apiToken.create({ data: { userId: actor.id, name, tokenHash, prefix: displayPrefix } });
  return { ...toApiTokenDto(row), token };
}

export async function listApiTokens(actor: CurrentUser): Promise<ApiTokenDto[]> {
  const rows = await getDatabase().apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" } });
  return rows.map(toApiTokenDto);
}

export async function revokeApiToken(actor: CurrentUser, tokenId: string): Promise<void> {
  const { count } = await getDatabase().apiToken.deleteMany({ where: { id: tokenId, userId: actor.id } });
  if (count === 0) throw notFound("The API token");
}

export async function findUserByApiToken(token: string): Promise<CurrentUser | null> {
  if (!looksLikeApiToken(token)) return null;
  const database = getDatabase();
  const row = await database.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) }, select: { id: true, userId: true } });
  if (!row) return null;
  await database.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return findActiveUser(row.userId);
}
