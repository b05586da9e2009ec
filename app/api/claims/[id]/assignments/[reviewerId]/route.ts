import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json } from "@/lib/route-handler";
import { unassignReviewer } from "@/modules/claims/claims";

type Params = { id: string; reviewerId: string };

// DELETE /api/claims/{id}/assignments/{reviewerId} – take a reviewer off the claim (editor)
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const { reviewerId } = await params;
  return json(await unassignReviewer(actor, await readId(params, "The claim"), await readId(Promise.resolve({ id: reviewerId }), "The reviewer")));
});
