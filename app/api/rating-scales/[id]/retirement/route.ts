import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { retireRatingScale } from "@/modules/rating-scales/manage-scales";

type Params = { id: string };

// POST /api/rating-scales/{id}/retirement – retire a scale or bring it back (admin; needs the version last seen)
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await retireRatingScale(actor, await readId(params, "The rating scale"), await readJsonBody(request)));
});
