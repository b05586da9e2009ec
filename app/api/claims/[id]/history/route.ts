import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json } from "@/lib/route-handler";
import { getClaim } from "@/modules/claims/claims";
import { listClaimHistory } from "@/modules/history/history";

type Params = { id: string };

// GET /api/claims/{id}/history – the claim's append-only timeline (there is no way to change it)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const claimId = await readId(params, "The claim");
  const claim = await getClaim(actor, claimId);
  return json(await listClaimHistory(actor, claimId, claim.hiddenVerdictCount > 0));
});
