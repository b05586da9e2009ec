import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { deleteRatingScale, getRatingScale, updateRatingScale } from "@/modules/rating-scales/manage-scales";

type Params = { id: string };

// GET /api/rating-scales/{id} – one rating scale with its ratings
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await getRatingScale(actor, await readId(params, "The rating scale")));
});

// PATCH /api/rating-scales/{id} – rename a scale or change its ratings (admin; needs the version last seen)
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await updateRatingScale(actor, await readId(params, "The rating scale"), await readJsonBody(request)));
});

// DELETE /api/rating-scales/{id} – delete a scale no article uses (admin)
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  await deleteRatingScale(actor, await readId(params, "The rating scale"));
  return new Response(null, { status: 204 });
});
