import { z } from "zod";
import { ratingSchema } from "@/modules/review/rating-scale";

export const claimStatusSchema = z.enum(["suggested", "open", "dismissed"]);
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
  status: claimStatusSchema.optional().describe("open accepts a suggestion; dismissed dismisses it"),
  range: z
    .object({ start: offsetSchema, end: offsetSchema })
    .refine((range) => range.end > range.start, { message: "end must be greater than start.", path: ["end"] })
    .optional()
    .describe("Re-attach the claim to this range of the current text (UTF-16 offsets), e.g. an orphan"),
  acknowledgeChange: z.literal(true).optional().describe("The changed quote was re-checked: clear the 'changed' mark"),
});

export const sourceSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  excerpt: z.string(),
  accessedAt: z.iso.date(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type SourceDto = z.infer<typeof sourceSchema>;

export const verdictSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  rating: ratingSchema,
  ratingLabel: z.object({ ar: z.string(), en: z.string() }),
  explanation: z.string(),
  author: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type VerdictDto = z.infer<typeof verdictSchema>;

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
  version: z.number().int(),
  sources: z.array(sourceSchema),
  verdicts: z.array(verdictSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ClaimDto = z.infer<typeof claimSchema>;
