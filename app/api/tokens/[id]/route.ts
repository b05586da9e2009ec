import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { revokeApiToken } from "@/modules/users/api-tokens";

type Params = { id: string };

// DELETE /api/tokens/{id} – revoke one of your API tokens
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  await revokeApiToken(actor, await readId(params, "The API token"));
  return new Response(null, { status: 204 });
});
