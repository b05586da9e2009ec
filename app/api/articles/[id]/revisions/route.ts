import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { reviseArticle } from "@/modules/articles/revise-article";
import { listRevisions } from "@/modules/articles/revisions";

type Params = { id: string };

// GET /api/articles/{id}/revisions – the article's revisions, newest first
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await listRevisions(actor, await readId(params, "The article")));
});

// POST /api/articles/{id}/revisions – save a new text; claims are re-anchored and new numbers suggested
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await reviseArticle(actor, await readId(params, "The article"), await readJsonBody(request)), 201);
});
