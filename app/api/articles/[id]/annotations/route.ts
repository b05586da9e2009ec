import { requireRequestUser } from "@/auth/session";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { getArticle } from "@/modules/articles/articles";
import { renderW3cAnnotationCollection } from "@/report/w3c-annotations";

type Params = { id: string };

// GET /api/articles/{id}/annotations – the claims as W3C Web Annotations (JSON-LD, code-point offsets)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const article = await getArticle(actor, await readId(params, "The article"));
  const collection = renderW3cAnnotationCollection({ baseUrl: request.nextUrl.origin, article, claims: article.claims });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
});
