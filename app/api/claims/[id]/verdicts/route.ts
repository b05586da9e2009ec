import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { getClaim } from "@/modules/claims/claims";
import { addVerdict } from "@/modules/review/verdicts";

type Params = { id: string };

// GET /api/claims/{id}/verdicts – the claim's verdicts, oldest first
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json((await getClaim(actor, await readId(params, "The claim"))).verdicts);
});

// POST /api/claims/{id}/verdicts – give a verdict
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await addVerdict(actor, await readId(params, "The claim"), await readJsonBody(request)), 201);
});
