import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { detachSource } from "@/modules/sources/sources";

type Params = { id: string; linkId: string };

// DELETE /api/claims/{id}/sources/{linkId} – detach a source from the claim (the source record stays)
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const { linkId } = await params;
  await detachSource(actor, await readId(params, "The claim"), await readId(Promise.resolve({ id: linkId }), "The source link"));
  return new Response(null, { status: 204 });
});
