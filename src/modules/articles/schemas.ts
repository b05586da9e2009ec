import { z } from "zod";
import { claimSchema } from "@/modules/claims/schemas";
import { ratingScaleSchema } from "@/modules/rating-scales/schemas";

export const articleLanguageSchema = z.enum(["ar", "en"]);

export const createArticleInputSchema = z.object({
  title: z.string().trim().min(1, { message: "Enter a title." }).max(300, { message: "The title can have at most 300 characters." }),
  text: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(1, { message: "Paste the article's text." }).max(2_000_000, { message: "The text can have at most 2,000,000 characters." })),
  language: articleLanguageSchema.optional().describe("ar or en; guessed from the text when left out"),
});
export type CreateArticleInput = z.infer<typeof createArticleInputSchema>;

export const reviseArticleInputSchema = z.object({
  version: z.number().int().positive().describe("The version you last saw; a stale version is refused with 409"),
  text: createArticleInputSchema.shape.text,
  title: createArticleInputSchema.shape.title.optional(),
  note: z.string().trim().max(500, { message: "The note can have at most 500 characters." }).default("").describe("What changed, for the revision history"),
});

export const revisionSummarySchema = z.object({
  number: z.number().int(),
  title: z.string(),
  note: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const updateArticleInputSchema = z.object({
  version: z.number().int().positive().describe("The version you last saw; a stale version is refused with 409"),
  title: createArticleInputSchema.shape.title.optional(),
  language: articleLanguageSchema.optional(),
});

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  language: articleLanguageSchema,
  direction: z.enum(["rtl", "ltr"]),
  version: z.number().int(),
  revisionNumber: z.number().int(),
  claimCount: z.number().int().describe("Accepted claims (in any state but suggested or dismissed)"),
  inReviewCount: z.number().int(),
  publishedCount: z.number().int(),
  suggestionCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const consistencyCheckSchema = z.object({
  kind: z.enum(["part-within-whole", "parts-within-whole"]),
  subject: z.string(),
  claimIds: z.array(z.string()),
  wholeIds: z.array(z.string()),
  partIds: z.array(z.string()),
  holds: z.boolean(),
  arithmetic: z.string().describe("The comparison in plain text, scopes as English country names"),
  parts: z.array(z.object({ value: z.number(), scope: z.string() })),
  total: z.number(),
  whole: z.number(),
  qualifiers: z.array(z.string()),
});

export const articleFiltersSchema = z.object({
  status: z.enum(["suggested", "open", "in_review", "verdict_proposed", "published", "dismissed"]).optional().describe("Articles with a claim in this state"),
  verdict: z.string().max(40).optional().describe("Articles with a claim published with this rating"),
  reviewer: z.string().max(64).optional().describe("Articles with a claim assigned to this user id"),
  language: articleLanguageSchema.optional(),
  q: z.string().trim().max(200).optional().describe("Search in titles and claim text; Arabic diacritics are ignored"),
});

export const articleSchema = articleSummarySchema.omit({ claimCount: true, inReviewCount: true, publishedCount: true, suggestionCount: true }).extend({
  text: z.string(),
  claims: z.array(claimSchema),
  ratingScale: ratingScaleSchema.describe("The scale this article's verdicts use"),
  consistency: z
    .array(consistencyCheckSchema)
    .describe("Figures of the same subject checked against each other (a part within its whole); never changes a verdict"),
});
export type ArticleDto = z.infer<typeof articleSchema>;
