import { requireRequestUser } from "@/auth/session";
import { apiRoute, json } from "@/lib/route-handler";
import { defaultRatingScale } from "@/modules/review/rating-scale";

// GET /api/rating-scale – the ratings a verdict can take, with Arabic and English labels
export const GET = apiRoute(async (request) => {
  await requireRequestUser(request);
  return json(defaultRatingScale);
});
