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
  // Only a published verdict is an assessment the newsroom stands behind; drafts stay inside.
  const claims = article.claims.map((claim) => ({
    ...claim,
    sources: claim.sources.map((link) => ({ url: link.source.url, createdAt: link.createdAt })),
    verdicts: claim.publication?.rating
      ? [{ rating: claim.publication.rating, explanation: claim.publication.explanation, author: claim.publication.by, createdAt: claim.publication.at }]
      : [],
  }));
  const collection = renderW3cAnnotationCollection({ baseUrl: request.nextUrl.origin, article, claims });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
});
