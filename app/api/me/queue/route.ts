import { requireRequestUser } from "@/auth/session";
import { apiRoute, json } from "@/lib/route-handler";
import { listMyQueue } from "@/modules/queue/my-queue";

// GET /api/me/queue – my claims: assigned to me and not finished, or where I was mentioned
export const GET = apiRoute(async (request) => json(await listMyQueue(await requireRequestUser(request))));
