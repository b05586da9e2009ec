import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { updateSource } from "@/modules/sources/sources";

type Params = { id: string };

// PATCH /api/sources/{id} – edit a source record (needs its version; every claim citing it sees the change)
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await updateSource(actor, await readId(params, "The source"), await readJsonBody(request)));
});
