import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { updateUser } from "@/modules/users/users";

type Params = { id: string };

// PATCH /api/users/{id} – change a user's role or deactivate them (admin)
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await updateUser(actor, await readId(params, "The user"), await readJsonBody(request)));
});
