import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { assignReviewers } from "@/modules/claims/claims";

type Params = { id: string };

// POST /api/claims/{id}/assignments – assign reviewers (editor); the claim goes into review
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await assignReviewers(actor, await readId(params, "The claim"), await readJsonBody(request)));
});
