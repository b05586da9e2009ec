import { requireRequestUser } from "@/auth/session";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createApiToken, listApiTokens } from "@/modules/users/api-tokens";

// GET /api/tokens – your personal API tokens (never the tokens themselves)
export const GET = apiRoute(async (request) => json(await listApiTokens(await requireRequestUser(request))));

// POST /api/tokens – create a personal API token; the token is in this response only
export const POST = apiRoute(async (request) => {
  const actor = await requireRequestUser(request);
  return json(await createApiToken(actor, await readJsonBody(request)), 201);
});
