import { apiRoute, json } from "@/lib/route-handler";
import { buildOpenApiDocument } from "@/modules/api/openapi";

// GET /api/openapi.json – OpenAPI 3.1 description of this API
export const GET = apiRoute(async () => json(buildOpenApiDocument()));
