import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { deleteClaim, getClaim, updateClaim } from "@/modules/claims/claims";

type Params = { id: string };

// GET /api/claims/{id} – a claim with its sources and verdicts (ETag: its version, for If-Match)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const claim = await getClaim(actor, await readId(params, "The claim"));
  const response = json(claim);
  response.headers.set("etag", `"${claim.version}"`);
  return response;
});

// PATCH /api/claims/{id} – accept or dismiss (needs the version last seen)
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await updateClaim(actor, await readId(params, "The claim"), await readJsonBody(request)));
});

// DELETE /api/claims/{id} – delete a claim
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  await deleteClaim(actor, await readId(params, "The claim"));
  return new Response(null, { status: 204 });
});
