import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute, json } from "@/lib/route-handler";
import { listArticleHistory } from "@/modules/history/history";

type Params = { id: string };

// GET /api/articles/{id}/history – the article's own append-only history (creation, edits, revisions)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  return json(await listArticleHistory(actor, await readId(params, "The article")));
});
