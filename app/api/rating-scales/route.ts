import { requireRequestUser } from "@/auth/session";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createRatingScale, listRatingScales } from "@/modules/rating-scales/manage-scales";

// GET /api/rating-scales – every rating scale, retired ones flagged, with how many articles use each
export const GET = apiRoute(async (request) => json(await listRatingScales(await requireRequestUser(request))));

// POST /api/rating-scales – define a new rating scale (admin)
export const POST = apiRoute(async (request) => {
  const actor = await requireRequestUser(request);
  return json(await createRatingScale(actor, await readJsonBody(request)), 201);
});
