import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { deleteSource } from "@/modules/sources/sources";

type Params = { id: string };

// DELETE /api/sources/{id} – remove a source from its claim
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  await deleteSource(actor, await readId(params, "The source"));
  return new Response(null, { status: 204 });
});
