import { z } from "zod";
import { requireRequestUser } from "@/auth/session";
import { parseInput } from "@/lib/errors";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { getArticleReport } from "@/modules/export/article-report";
import { organisationName } from "@/lib/organisation";
import { renderClaimReviews } from "@/report/claim-review";
import { renderReportMarkdown } from "@/report/markdown";

type Params = { id: string };
const querySchema = z.object({ format: z.enum(["json", "markdown", "claimreview"]).default("json"), download: z.enum(["0", "1"]).optional() });

// GET /api/articles/{id}/report?format=json|markdown|claimreview – the fact-check report (download=1 as a file)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const query = parseInput(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  const report = await getArticleReport(actor, await readId(params, "The article"));
  const isMarkdown = query.format === "markdown";
  const body = isMarkdown
    ? renderReportMarkdown(report)
    : query.format === "claimreview"
      ? `${JSON.stringify(renderClaimReviews(report, { reportUrl: `${request.nextUrl.origin}/articles/${report.article.id}/report`, organisation: organisationName() }), null, 2)}\n`
      : `${JSON.stringify(report, null, 2)}\n`;
  const contentType = isMarkdown
    ? "text/markdown; charset=utf-8"
    : query.format === "claimreview"
      ? "application/ld+json; charset=utf-8"
      : "application/json; charset=utf-8";
  const headers = new Headers({ "content-type": contentType });
  if (query.download === "1")
    headers.set(
      "content-disposition",
      `attachment; filename="tahqiq-report-${report.article.id}.${isMarkdown ? "md" : query.format === "claimreview" ? "jsonld" : "json"}"`,
    );
  return new Response(body, { headers });
});
