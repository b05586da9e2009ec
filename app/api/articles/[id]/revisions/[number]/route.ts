import { z } from "zod";
import { requireRequestUser } from "@/auth/session";
import { notFound } from "@/lib/errors";
import { readId } from "@/lib/route-params";
import { apiRoute, json } from "@/lib/route-handler";
import { getRevision } from "@/modules/articles/revisions";

type Params = { id: string; number: string };

// GET /api/articles/{id}/revisions/{number} – one revision with its text
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const { number } = await params;
  const parsed = z.coerce.number().int().positive().safeParse(number);
  if (!parsed.success) throw notFound("The revision");
  return json(await getRevision(actor, await readId(params, "The article"), parsed.data));
});
