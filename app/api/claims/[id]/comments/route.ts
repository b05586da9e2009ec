import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { addComment, listComments } from "@/modules/comments/comments";

type Params = { id: string };

// GET /api/claims/{id}/comments – the claim's discussion, oldest first
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await listComments(actor, await readId(params, "The claim")));
});

// POST /api/claims/{id}/comments – comment; @name mentions put the claim in that person's queue
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await addComment(actor, await readId(params, "The claim"), await readJsonBody(request)), 201);
});
