import { z } from "zod";

export const claimStatusSchema = z.enum(["suggested", "open", "in_review", "verdict_proposed", "published", "dismissed"]);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const textPositionSelectorSchema = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** What the detector read from a suggested claim (kept as JSON, validated on read). */
export const detectionSchema = z.object({
  value: z.number().nullable(),
  valueHigh: z.number().optional(),
  date: z.string().optional(),
  unit: z.string().nullable(),
  kind: z.string(),
  qualifier: z.string(),
  subject: z.string().nullable(),
  scope: z.string().nullable(),
  confidence: z.number(),
});
export type ClaimDetection = z.infer<typeof detectionSchema>;

const offsetSchema = z.number({ message: "Must be a number." }).int({ message: "Must be a whole number." }).nonnegative({ message: "Must be 0 or more." });

export const createClaimInputSchema = z.union([
  z
    .object({
      start: offsetSchema.describe("UTF-16 offset into the article text where the claim starts"),
      end: offsetSchema.describe("UTF-16 offset just after the claim's last character"),
    })
    .refine((range) => range.end > range.start, { message: "end must be greater than start.", path: ["end"] }),
  z.object({
    exact: z.string().min(1, { message: "Quote the claim's text." }).describe("The claim's exact text; prefix/suffix disambiguate repeated quotes"),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
]);

export const anchorStatusSchema = z.enum(["anchored", "moved", "changed", "orphan"]);

export const updateClaimInputSchema = z.object({
  version: z.number().int().positive().describe("The version you last saw; a stale version is refused with 409"),
  status: z.enum(["open", "dismissed"]).optional().describe("open accepts a suggestion (or reopens a dismissed claim); dismissed dismisses it"),
  range: z
    .object({ start: offsetSchema, end: offsetSchema })
    .refine((range) => range.end > range.start, { message: "end must be greater than start.", path: ["end"] })
    .optional()
    .describe("Re-attach the claim to this range of the current text (UTF-16 offsets), e.g. an orphan"),
  acknowledgeChange: z.literal(true).optional().describe("The changed quote was re-checked: clear the 'changed' mark"),
  claimReviewed: z.string().trim().max(1000, { message: "The restated claim can have at most 1000 characters." }).optional(),
});

export const assignReviewersInputSchema = z.object({
  version: z.number().int().positive().describe("The claim's version you last saw"),
  reviewerIds: z.array(z.string().min(1)).min(1, { message: "Choose at least one reviewer." }).max(20),
});

export const sourceTypeSchema = z.enum(["primary-data", "official-statement", "news-report", "expert", "social-media"]);
export const stanceSchema = z.enum(["supports", "refutes", "context"]);

export const sourceSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  author: z.string(),
  publishedAt: z.iso.date().nullable(),
  accessedAt: z.iso.date(),
  type: sourceTypeSchema,
  archiveUrl: z.string(),
  credibilityNote: z.string(),
  version: z.number().int(),
});
export type SourceDto = z.infer<typeof sourceSchema>;

export const claimSourceSchema = z.object({
  id: z.string().describe("The link between this claim and the source"),
  claimId: z.string(),
  stance: stanceSchema,
  excerpt: z.string(),
  source: sourceSchema,
  addedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ClaimSourceDto = z.infer<typeof claimSourceSchema>;

const ratingLabelSchema = z.object({ ar: z.string(), en: z.string() });

export const verdictSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  rating: z.string(),
  ratingLabel: ratingLabelSchema,
  colour: z.string(),
  explanation: z.string(),
  author: z.string().nullable(),
  authorId: z.string().nullable(),
  sourceLinkIds: z.array(z.string()).describe("The claim's sources this verdict relies on"),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type VerdictDto = z.infer<typeof verdictSchema>;

export const publicationEntrySchema = z.object({
  id: z.string(),
  action: z.enum(["publish", "unpublish", "correct"]),
  rating: z.string().nullable(),
  ratingLabel: ratingLabelSchema.nullable(),
  colour: z.string().nullable(),
  explanation: z.string(),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.iso.datetime(),
});
export type PublicationEntryDto = z.infer<typeof publicationEntrySchema>;

export const claimSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  status: claimStatusSchema,
  origin: z.enum(["detector", "person"]),
  target: z.object({
    selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]).describe("W3C Web Annotation selectors; positions in UTF-16 code units"),
  }),
  detection: detectionSchema.nullable(),
  anchoring: z.object({
    status: anchorStatusSchema.describe("After the last revision: anchored (same place), moved, changed (quote edited: re-check) or orphan"),
    method: z.enum(["position", "quote", "fuzzy"]).nullable(),
    score: z.number().nullable(),
    revision: z.number().int().describe("The article revision the selectors describe"),
    previousExact: z.string().nullable().describe("When changed: the quote as it was checked"),
  }),
  claimReviewed: z.string().describe("The claim restated by the editor (ClaimReview claimReviewed)"),
  version: z.number().int(),
  reviewers: z.array(z.object({ id: z.string(), name: z.string(), hasSubmitted: z.boolean() })),
  sources: z.array(claimSourceSchema),
  verdicts: z.array(verdictSchema).describe("Reviewers' verdicts; hidden from a reviewer until they submit their own"),
  hiddenVerdictCount: z.number().int(),
  agreement: z
    .object({
      ratings: z.array(z.object({ rating: z.string(), count: z.number().int() })),
      isUnanimous: z.boolean(),
      submitted: z.number().int(),
      assigned: z.number().int(),
    })
    .nullable(),
  publication: publicationEntrySchema.nullable().describe("The published verdict now in force, if any"),
  publicationLog: z.array(publicationEntrySchema).describe("Every publish, unpublish and correction, oldest first"),
  commentCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ClaimDto = z.infer<typeof claimSchema>;
