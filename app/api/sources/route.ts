import { requireRequestUser } from "@/auth/session";
import { apiRoute, json } from "@/lib/route-handler";
import { searchSources } from "@/modules/sources/sources";

// GET /api/sources?q= – recorded sources, for reuse (matched on title, publisher or address)
export const GET = apiRoute(async (request) => {
  const actor = await requireRequestUser(request);
  return json(await searchSources(actor, (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200)));
});
