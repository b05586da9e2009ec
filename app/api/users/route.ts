import { requireRequestUser } from "@/auth/session";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createUser, listUsers } from "@/modules/users/users";

// GET /api/users – list users (admin)
export const GET = apiRoute(async (request) => json(await listUsers(await requireRequestUser(request))));

// POST /api/users – add a user with a role (admin)
export const POST = apiRoute(async (request) => {
  const actor = await requireRequestUser(request);
  return json(await createUser(actor, await readJsonBody(request)), 201);
});
