import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { deleteArticle, getArticle, updateArticle } from "@/modules/articles/articles";

type Params = { id: string };

// GET /api/articles/{id} – an article with its text and claims
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await getArticle(actor, await readId(params, "The article")));
});

// PATCH /api/articles/{id} – change title or language (needs the version last seen)
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await updateArticle(actor, await readId(params, "The article"), await readJsonBody(request)));
});

// DELETE /api/articles/{id} – delete an article and its claims
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  await deleteArticle(actor, await readId(params, "The article"));
  return new Response(null, { status: 204 });
});
