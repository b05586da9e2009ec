import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { setArticleRatingScale } from "@/modules/rating-scales/manage-scales";

type Params = { id: string };

// PUT /api/articles/{id}/rating-scale – choose the rating scale the article's verdicts use (admin)
export const PUT = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await setArticleRatingScale(actor, await readId(params, "The article"), await readJsonBody(request)));
});
