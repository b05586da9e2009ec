import { requireRequestUser } from "@/auth/session";
import { apiRoute, json, readJsonBody } from "@/lib/route-handler";
import { createArticle, listArticles } from "@/modules/articles/articles";

// GET /api/articles?status=&verdict=&reviewer=&language=&q= – articles with their progress, filtered
export const GET = apiRoute(async (request) => json(await listArticles(await requireRequestUser(request), Object.fromEntries(request.nextUrl.searchParams))));

// POST /api/articles – create an article; numeric claims are detected as suggestions
export const POST = apiRoute(async (request) => {
  const actor = await requireRequestUser(request);
  return json(await createArticle(actor, await readJsonBody(request)), 201);
});
