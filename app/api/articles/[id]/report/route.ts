import { z } from "zod";
import { requireRequestUser } from "@/auth/session";
import { parseInput } from "@/lib/errors";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { getArticleReport } from "@/modules/export/article-report";
import { renderReportMarkdown } from "@/report/markdown";

type Params = { id: string };
const querySchema = z.object({ format: z.enum(["json", "markdown"]).default("json"), download: z.enum(["0", "1"]).optional() });

// GET /api/articles/{id}/report?format=json|markdown – the fact-check report (download=1 as a file)
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const query = parseInput(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  const report = await getArticleReport(actor, await readId(params, "The article"));
  const isMarkdown = query.format === "markdown";
  const body = isMarkdown ? renderReportMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
  const headers = new Headers({ "content-type": isMarkdown ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8" });
  if (query.download === "1") headers.set("content-disposition", `attachment; filename="tahqiq-report-${report.article.id}.${isMarkdown ? "md" : "json"}"`);
  return new Response(body, { headers });
});
