import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { getClaim } from "@/modules/claims/claims";
import { addSource } from "@/modules/sources/sources";

type Params = { id: string };

// GET /api/claims/{id}/sources – the claim's sources with their stance and excerpt
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json((await getClaim(actor, await readId(params, "The claim"))).sources);
});

// POST /api/claims/{id}/sources – attach a source (new, or an existing one by sourceId or same address)
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await addSource(actor, await readId(params, "The claim"), await readJsonBody(request)), 201);
});
