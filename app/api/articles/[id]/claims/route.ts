import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createClaim, listClaims } from "@/modules/claims/claims";

type Params = { id: string };

// GET /api/articles/{id}/claims – the article's claims and suggestions
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await listClaims(actor, await readId(params, "The article")));
});

// POST /api/articles/{id}/claims – create a claim from a text range or a quote
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await createClaim(actor, await readId(params, "The article"), await readJsonBody(request)), 201);
});
