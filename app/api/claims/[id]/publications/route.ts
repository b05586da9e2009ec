import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { changePublication } from "@/modules/review/publications";

type Params = { id: string };

// POST /api/claims/{id}/publications – publish, correct or unpublish the final verdict (editor; four eyes)
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await changePublication(actor, await readId(params, "The claim"), await readJsonBody(request)), 201);
});
