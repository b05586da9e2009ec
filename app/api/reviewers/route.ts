import { requireRequestUser } from "@/auth/session";
import { apiRoute, json } from "@/lib/route-handler";
import { listReviewers } from "@/modules/users/users";

// GET /api/reviewers – people who can review (reviewer role or above), for assigning claims (editor)
export const GET = apiRoute(async (request) => json(await listReviewers(await requireRequestUser(request))));
