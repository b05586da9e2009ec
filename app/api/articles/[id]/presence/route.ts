import { z } from "zod";
import { requireRequestUser } from "@/auth/session";
import { parseInput } from "@/lib/errors";
import { updatePresence } from "@/lib/live-events";
import { readId } from "@/lib/route-params";
import { apiRoute, readJsonBody } from "@/lib/route-handler";
import { assertArticleReadable } from "@/modules/articles/articles";

type Params = { id: string };
const presenceInputSchema = z.object({ connectionId: z.uuid(), claimId: z.string().max(64).nullable() });

// POST /api/articles/{id}/presence – say which claim this open page is looking at (for "who else is viewing")
export const POST = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const articleId = await readId(params, "The article");
  await assertArticleReadable(actor, articleId);
  const { connectionId, claimId } = parseInput(presenceInputSchema, await readJsonBody(request));
  updatePresence(articleId, connectionId, { userId: actor.id, name: actor.name, claimId });
  return new Response(null, { status: 204 });
});
