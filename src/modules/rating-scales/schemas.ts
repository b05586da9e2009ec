import { z } from "zod";

export const ratingDtoSchema = z.object({
  key: z.string(),
  labels: z.object({ ar: z.string(), en: z.string() }),
  colour: z.string(),
  value: z.number().int().nullable().describe("ClaimReview ratingValue; null for ratings outside the scale (e.g. unverifiable)"),
});
export type RatingDto = z.infer<typeof ratingDtoSchema>;

export const ratingScaleSchema = z.object({
  id: z.string(),
  name: z.string(),
  bestRating: z.number().int(),
  worstRating: z.number().int(),
  isDefault: z.boolean(),
  isRetired: z.boolean(),
  version: z.number().int(),
  ratings: z.array(ratingDtoSchema),
});
export type RatingScaleDto = z.infer<typeof ratingScaleSchema>;

/** A scale as the admin screen lists it: the DTO plus how many articles use it (the in-use marker). */
export const managedRatingScaleSchema = ratingScaleSchema.extend({
  articleCount: z.number().int().describe("Articles whose verdicts use this scale; for the default scale, also the articles without a scale of their own"),
});
export type ManagedRatingScaleDto = z.infer<typeof managedRatingScaleSchema>;

const ratingKeyPattern = /^[a-z0-9-]{1,40}$/;
const colourPattern = /^#[0-9a-fA-F]{6}$/;
// Prisma's Int is 32-bit; ClaimReview scales are small, so a generous bound keeps the message readable.
const scoreLimit = 1000;

const scoreSchema = (what: string) =>
  z
    .number({ error: `${what} must be a whole number.` })
    .int(`${what} must be a whole number.`)
    .min(-scoreLimit, `${what} must be at least ${-scoreLimit}.`)
    .max(scoreLimit, `${what} must be at most ${scoreLimit}.`);

const labelSchema = (language: string) =>
  z
    .string({ error: `Enter the ${language} label.` })
    .trim()
    .min(1, `Enter the ${language} label.`)
    .max(60, `The ${language} label must be at most 60 characters.`);

export const ratingInputSchema = z.object({
  key: z
    .string({ error: "Enter a key." })
    .regex(ratingKeyPattern, "The key must be 1 to 40 characters: lowercase Latin letters, digits and hyphens (e.g. mostly-true)."),
  labels: z.object({ ar: labelSchema("Arabic"), en: labelSchema("English") }),
  colour: z.string({ error: "Choose a colour." }).regex(colourPattern, "The colour must be written #rrggbb (e.g. #1b7f3b)."),
  value: scoreSchema("The value")
    .nullable()
    .default(null)
    .describe("ClaimReview ratingValue within worstRating..bestRating; null for a rating outside the scale (e.g. unverifiable)"),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

const scaleFields = {
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(120, "The name must be at most 120 characters."),
  bestRating: scoreSchema("The best rating"),
  worstRating: scoreSchema("The worst rating"),
  ratings: z
    .array(ratingInputSchema, { error: "List the ratings." })
    .min(2, "A scale needs at least 2 ratings.")
    .max(20, "A scale can have at most 20 ratings."),
};

interface ScaleDefinition {
  bestRating: number;
  worstRating: number;
  ratings: RatingInput[];
}

/** The rules that tie fields together; also run on the merged result of a partial update. */
function checkScaleDefinition(scale: ScaleDefinition, context: z.RefinementCtx): void {
  if (scale.bestRating <= scale.worstRating) {
    context.addIssue({ code: "custom", path: ["bestRating"], message: "The best rating must be greater than the worst rating." });
  }
  const seenKeys = new Set<string>();
  scale.ratings.forEach((rating, index) => {
    if (seenKeys.has(rating.key))
      context.addIssue({ code: "custom", path: ["ratings", index, "key"], message: `The key "${rating.key}" is used twice; each rating needs its own key.` });
    seenKeys.add(rating.key);
    if (rating.value !== null && (rating.value < scale.worstRating || rating.value > scale.bestRating)) {
      context.addIssue({
        code: "custom",
        path: ["ratings", index, "value"],
        message: `The value must lie between the worst rating (${scale.worstRating}) and the best rating (${scale.bestRating}), or be left empty.`,
      });
    }
  });
}

export const createRatingScaleInputSchema = z.object(scaleFields).superRefine(checkScaleDefinition);
export type CreateRatingScaleInput = z.infer<typeof createRatingScaleInputSchema>;

/** Any subset of the fields; `ratings`, when sent, is the whole ordered list (a key left out is removed). */
export const updateRatingScaleInputSchema = z.object({
  version: z.number({ error: "Send the version you last saw." }).int().positive(),
  name: scaleFields.name.optional(),
  bestRating: scaleFields.bestRating.optional(),
  worstRating: scaleFields.worstRating.optional(),
  ratings: scaleFields.ratings.optional(),
});
export type UpdateRatingScaleInput = z.infer<typeof updateRatingScaleInputSchema>;

/** The cross-field rules alone, for an update merged with the stored scale. */
export const ratingScaleDefinitionSchema = z
  .object({ bestRating: z.number(), worstRating: z.number(), ratings: z.array(ratingInputSchema) })
  .superRefine(checkScaleDefinition);

export const retireRatingScaleInputSchema = z.object({
  version: z.number({ error: "Send the version you last saw." }).int().positive(),
  retired: z.boolean({ error: "Say whether the scale is retired (true) or back in use (false)." }),
});

export const setArticleRatingScaleInputSchema = z.object({
  ratingScaleId: z.string({ error: "Choose a rating scale." }).min(1, "Choose a rating scale.").max(64),
});

export const articleRatingScaleSchema = z.object({ articleId: z.string(), ratingScale: ratingScaleSchema });
export type ArticleRatingScaleDto = z.infer<typeof articleRatingScaleSchema>;
