import { z } from "zod";
import type { Role } from "@/auth/roles";
import {
  articleFiltersSchema,
  articleSchema,
  articleSummarySchema,
  createArticleInputSchema,
  reviseArticleInputSchema,
  revisionSummarySchema,
  updateArticleInputSchema,
} from "@/modules/articles/schemas";
import {
  assignReviewersInputSchema,
  claimSchema,
  claimSourceSchema,
  createClaimInputSchema,
  sourceSchema,
  updateClaimInputSchema,
  verdictSchema,
} from "@/modules/claims/schemas";
import { addCommentInputSchema, commentSchema } from "@/modules/comments/comments";
import { historyEntrySchema } from "@/modules/history/history";
import { queueItemSchema } from "@/modules/queue/my-queue";
import {
  articleRatingScaleSchema,
  createRatingScaleInputSchema,
  managedRatingScaleSchema,
  retireRatingScaleInputSchema,
  setArticleRatingScaleInputSchema,
  updateRatingScaleInputSchema,
} from "@/modules/rating-scales/schemas";
import { publicationInputSchema, submitVerdictInputSchema } from "@/modules/review/schemas";
import { addSourceInputSchema, updateSourceInputSchema } from "@/modules/sources/schemas";
import {
  apiTokenSchema,
  createApiTokenInputSchema,
  createdApiTokenSchema,
  createFirstAdminInputSchema,
  createUserInputSchema,
  updateUserInputSchema,
  userSchema,
} from "@/modules/users/schemas";

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe("A sentence a person can act on"),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    current: z.unknown().optional().describe("On 409: the record as it is now"),
  }),
});

export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  /** null: no sign-in needed. */
  role: Role | null;
  request?: z.ZodType;
  response?: { status: number; schema?: z.ZodType; contentType?: string };
  query?: Record<string, { schema: z.ZodType; description: string }>;
}

/** Every route under app/api (a test keeps this list and the route files in step). */
export const apiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/articles",
    summary: "List articles with their progress; filter by claim status, published rating, reviewer, language; search (Arabic diacritics ignored)",
    role: "viewer",
    query: Object.fromEntries(
      Object.entries(articleFiltersSchema.shape).map(([name, schema]) => [name, { schema: schema.unwrap(), description: schema.description ?? name }]),
    ),
    response: { status: 200, schema: z.array(articleSummarySchema) },
  },
  {
    method: "post",
    path: "/api/articles",
    summary: "Create an article; numeric claims are detected as suggestions",
    role: "editor",
    request: createArticleInputSchema,
    response: { status: 201, schema: articleSchema },
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "An article with its text and claims",
    role: "viewer",
    response: { status: 200, schema: articleSchema },
  },
  {
    method: "patch",
    path: "/api/articles/{id}",
    summary: "Change an article's title or language",
    role: "editor",
    request: updateArticleInputSchema,
    response: { status: 200, schema: articleSchema },
  },
  { method: "delete", path: "/api/articles/{id}", summary: "Delete an article and its claims", role: "editor", response: { status: 204 } },
  {
    method: "get",
    path: "/api/articles/{id}/revisions",
    summary: "The article's revisions, newest first",
    role: "viewer",
    response: { status: 200, schema: z.array(revisionSummarySchema) },
  },
  {
    method: "post",
    path: "/api/articles/{id}/revisions",
    summary: "Save a new revision of the text; every claim is re-anchored and new numbers are suggested",
    role: "editor",
    request: reviseArticleInputSchema,
    response: { status: 201, schema: articleSchema },
  },
  {
    method: "get",
    path: "/api/articles/{id}/revisions/{number}",
    summary: "One revision with its text",
    role: "viewer",
    response: { status: 200, schema: revisionSummarySchema.extend({ text: z.string() }) },
  },
  {
    method: "get",
    path: "/api/articles/{id}/claims",
    summary: "The article's claims and suggestions",
    role: "viewer",
    response: { status: 200, schema: z.array(claimSchema) },
  },
  {
    method: "post",
    path: "/api/articles/{id}/claims",
    summary: "Create a claim from a text range (UTF-16 offsets) or a quote",
    role: "editor",
    request: createClaimInputSchema,
    response: { status: 201, schema: claimSchema },
  },
  {
    method: "get",
    path: "/api/articles/{id}/report",
    summary: "The fact-check report as JSON, Markdown or schema.org ClaimReview",
    role: "viewer",
    query: {
      format: {
        schema: z.enum(["json", "markdown", "claimreview"]),
        description: "json (default), markdown, or claimreview (schema.org ClaimReview JSON-LD of the published verdicts)",
      },
      download: { schema: z.enum(["0", "1"]), description: "1: send as a file to save" },
    },
    response: { status: 200, contentType: "application/json" },
  },
  {
    method: "get",
    path: "/api/articles/{id}/annotations",
    summary: "The article's accepted claims as a W3C Web Annotation collection (JSON-LD; TextPositionSelector offsets in Unicode code points)",
    role: "viewer",
    response: { status: 200, contentType: "application/ld+json" },
  },
  { method: "get", path: "/api/claims/{id}", summary: "A claim with its sources and verdicts", role: "viewer", response: { status: 200, schema: claimSchema } },
  {
    method: "patch",
    path: "/api/claims/{id}",
    summary: "Accept (status open) or dismiss a claim",
    role: "editor",
    request: updateClaimInputSchema,
    response: { status: 200, schema: claimSchema },
  },
  { method: "delete", path: "/api/claims/{id}", summary: "Delete a claim", role: "editor", response: { status: 204 } },
  {
    method: "get",
    path: "/api/claims/{id}/sources",
    summary: "The claim's sources with stance and excerpt",
    role: "viewer",
    response: { status: 200, schema: z.array(claimSourceSchema) },
  },
  {
    method: "post",
    path: "/api/claims/{id}/sources",
    summary: "Attach a source: a new one, or an existing one by sourceId or same address",
    role: "reviewer",
    request: addSourceInputSchema,
    response: { status: 201, schema: claimSourceSchema },
  },
  {
    method: "delete",
    path: "/api/claims/{id}/sources/{linkId}",
    summary: "Detach a source from the claim (the source record stays)",
    role: "reviewer",
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/sources",
    summary: "Recorded sources for reuse, matched on title, publisher or address",
    role: "viewer",
    query: { q: { schema: z.string(), description: "search text" } },
    response: { status: 200, schema: z.array(sourceSchema) },
  },
  {
    method: "patch",
    path: "/api/sources/{id}",
    summary: "Edit a source record",
    role: "reviewer",
    request: updateSourceInputSchema,
    response: { status: 200, schema: sourceSchema },
  },
  {
    method: "get",
    path: "/api/claims/{id}/verdicts",
    summary: "The reviewers' verdicts you may see (hidden until you submit yours)",
    role: "viewer",
    response: { status: 200, schema: z.array(verdictSchema) },
  },
  {
    method: "post",
    path: "/api/claims/{id}/verdicts",
    summary: "Submit or revise your own verdict (rating, explanation, sources relied on)",
    role: "reviewer",
    request: submitVerdictInputSchema,
    response: { status: 201, schema: claimSchema },
  },
  {
    method: "post",
    path: "/api/claims/{id}/assignments",
    summary: "Assign reviewers; the claim goes into review",
    role: "editor",
    request: assignReviewersInputSchema,
    response: { status: 200, schema: claimSchema },
  },
  {
    method: "delete",
    path: "/api/claims/{id}/assignments/{reviewerId}",
    summary: "Take a reviewer off the claim",
    role: "editor",
    response: { status: 200, schema: claimSchema },
  },
  {
    method: "post",
    path: "/api/claims/{id}/publications",
    summary: "Publish, correct or unpublish the final verdict (four eyes: not by its only reviewer)",
    role: "editor",
    request: publicationInputSchema,
    response: { status: 201, schema: claimSchema },
  },
  {
    method: "get",
    path: "/api/claims/{id}/comments",
    summary: "The claim's discussion",
    role: "viewer",
    response: { status: 200, schema: z.array(commentSchema) },
  },
  {
    method: "post",
    path: "/api/claims/{id}/comments",
    summary: "Comment; @name mentions reach that person's queue",
    role: "reviewer",
    request: addCommentInputSchema,
    response: { status: 201, schema: commentSchema },
  },
  {
    method: "get",
    path: "/api/claims/{id}/history",
    summary: "The claim's append-only timeline",
    role: "viewer",
    response: { status: 200, schema: z.array(historyEntrySchema) },
  },
  {
    method: "get",
    path: "/api/articles/{id}/history",
    summary: "The article's append-only history",
    role: "viewer",
    response: { status: 200, schema: z.array(historyEntrySchema) },
  },
  {
    method: "get",
    path: "/api/articles/{id}/events",
    summary: "Server-Sent Events: claims changed by others, presence",
    role: "viewer",
    response: { status: 200, contentType: "text/event-stream" },
  },
  {
    method: "post",
    path: "/api/articles/{id}/presence",
    summary: "Say which claim this page is viewing",
    role: "viewer",
    request: z.object({ connectionId: z.uuid(), claimId: z.string().nullable() }),
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/me/queue",
    summary: "My claims: assigned to me, or where I was mentioned",
    role: "viewer",
    response: { status: 200, schema: z.array(queueItemSchema) },
  },
  {
    method: "get",
    path: "/api/rating-scales",
    summary: "Every rating scale, retired ones flagged, with how many articles use each",
    role: "viewer",
    response: { status: 200, schema: z.array(managedRatingScaleSchema) },
  },
  {
    method: "post",
    path: "/api/rating-scales",
    summary: "Define a rating scale (ratings with Arabic and English labels, colour, ClaimReview value)",
    role: "admin",
    request: createRatingScaleInputSchema,
    response: { status: 201, schema: managedRatingScaleSchema },
  },
  {
    method: "get",
    path: "/api/rating-scales/{id}",
    summary: "One rating scale with its ratings",
    role: "viewer",
    response: { status: 200, schema: managedRatingScaleSchema },
  },
  {
    method: "patch",
    path: "/api/rating-scales/{id}",
    summary: "Rename a scale or change its ratings; a rating that verdicts hold cannot be removed",
    role: "admin",
    request: updateRatingScaleInputSchema,
    response: { status: 200, schema: managedRatingScaleSchema },
  },
  {
    method: "delete",
    path: "/api/rating-scales/{id}",
    summary: "Delete a scale no article uses (409 otherwise: retire it instead)",
    role: "admin",
    response: { status: 204 },
  },
  {
    method: "post",
    path: "/api/rating-scales/{id}/retirement",
    summary: "Retire a scale or bring it back into use",
    role: "admin",
    request: retireRatingScaleInputSchema,
    response: { status: 200, schema: managedRatingScaleSchema },
  },
  {
    method: "put",
    path: "/api/articles/{id}/rating-scale",
    summary: "Choose the rating scale the article's verdicts use",
    role: "admin",
    request: setArticleRatingScaleInputSchema,
    response: { status: 200, schema: articleRatingScaleSchema },
  },
  {
    method: "get",
    path: "/api/reviewers",
    summary: "People who can review, for assigning claims",
    role: "viewer",
    response: { status: 200, schema: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) },
  },
  { method: "get", path: "/api/users", summary: "List users", role: "admin", response: { status: 200, schema: z.array(userSchema) } },
  {
    method: "post",
    path: "/api/users",
    summary: "Add a user with a role",
    role: "admin",
    request: createUserInputSchema,
    response: { status: 201, schema: userSchema },
  },
  {
    method: "patch",
    path: "/api/users/{id}",
    summary: "Change a user's role or deactivate them",
    role: "admin",
    request: updateUserInputSchema,
    response: { status: 200, schema: userSchema },
  },
  { method: "get", path: "/api/tokens", summary: "Your personal API tokens", role: "viewer", response: { status: 200, schema: z.array(apiTokenSchema) } },
  {
    method: "post",
    path: "/api/tokens",
    summary: "Create a personal API token (shown once)",
    role: "viewer",
    request: createApiTokenInputSchema,
    response: { status: 201, schema: createdApiTokenSchema },
  },
  { method: "delete", path: "/api/tokens/{id}", summary: "Revoke one of your API tokens", role: "viewer", response: { status: 204 } },
  {
    method: "post",
    path: "/api/setup",
    summary: "First run only: create the first administrator",
    role: null,
    request: createFirstAdminInputSchema,
    response: { status: 201, schema: userSchema },
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", role: null, response: { status: 200, contentType: "application/json" } },
];

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  // OpenAPI 3.1 declares the dialect once for the document, so each schema drops its own $schema.
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;
  delete jsonSchema.$schema;
  return jsonSchema;
}

const errorResponses = (operation: ApiOperation) => {
  const responses: Record<string, unknown> = {};
  const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  if (operation.request || operation.path.includes("{id}") || operation.query)
    responses["400"] = { description: "Invalid input: fieldErrors says which fields", content: errorContent };
  if (operation.role) {
    responses["401"] = { description: "Not signed in and no valid API token", content: errorContent };
    responses["403"] = { description: `Signed in, but the role is below ${operation.role}`, content: errorContent };
  }
  if (operation.path.includes("{id}")) responses["404"] = { description: "No such record", content: errorContent };
  if (
    operation.method === "patch" ||
    operation.method === "put" ||
    (operation.request?.def.type === "object" && "version" in (operation.request as z.ZodObject).shape)
  )
    responses["409"] = { description: "Stale version: someone changed it first; `current` holds the record now", content: errorContent };
  return responses;
};

/** OpenAPI 3.1 of the JSON API, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of apiOperations) {
    const parameters: unknown[] = [];
    if (operation.path.includes("{id}")) parameters.push({ name: "id", in: "path", required: true, schema: { type: "string" } });
    for (const name of ["linkId", "reviewerId"])
      if (operation.path.includes(`{${name}}`)) parameters.push({ name, in: "path", required: true, schema: { type: "string" } });
    if (operation.path.includes("{number}")) parameters.push({ name: "number", in: "path", required: true, schema: { type: "integer", minimum: 1 } });
    for (const [name, { schema, description }] of Object.entries(operation.query ?? {})) {
      parameters.push({ name, in: "query", required: false, description, schema: jsonSchemaOf(schema, "input") });
    }
    const success = operation.response ?? { status: 200 };
    const successContent = success.schema
      ? { "application/json": { schema: jsonSchemaOf(success.schema, "output") } }
      : success.contentType
        ? { [success.contentType]: {} }
        : undefined;
    (paths[operation.path] ??= {})[operation.method] = {
      summary: operation.summary,
      description: operation.role ? `Needs the ${operation.role} role or above.` : "No sign-in needed.",
      ...(operation.role ? { security: [{ bearerToken: [] }, { sessionCookie: [] }] } : { security: [] }),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.request ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(operation.request, "input") } } } } : {}),
      responses: {
        [String(success.status)]: { description: success.status === 204 ? "Done" : "Success", ...(successContent ? { content: successContent } : {}) },
        ...errorResponses(operation),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Tahqiq API", version: "1.0.0", description: "Articles, claims, sources and verdicts of the Tahqiq fact-checking workbench." },
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorSchema, "output") },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token from your profile page" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
  };
}
