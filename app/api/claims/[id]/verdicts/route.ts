import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { getClaim } from "@/modules/claims/claims";
import { submitVerdict } from "@/modules/review/verdicts";

type Params = { id: string };

// GET /api/claims/{id}/verdicts – the reviewers' verdicts you may see (others' stay hidden until you submit yours)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json((await getClaim(actor, await readId(params, "The claim"))).verdicts);
});

// POST /api/claims/{id}/verdicts – submit (or revise, with its version) your own verdict; returns the claim
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await submitVerdict(actor, await readId(params, "The claim"), await readJsonBody(request)), 201);
});
