import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createFirstAdmin } from "@/modules/users/users";

// POST /api/setup – first run only: create the first administrator (refused once any user exists)
export const POST = apiRoute(async (request) => json(await createFirstAdmin(await readJsonBody(request)), 201));
