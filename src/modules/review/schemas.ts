import { z } from "zod";
import { ratingSchema } from "./rating-scale";

export const addVerdictInputSchema = z.object({
  rating: ratingSchema,
  explanation: z
    .string()
    .trim()
    .min(1, { message: "Explain the verdict." })
    .max(10_000, { message: "The explanation can have at most 10,000 characters." }),
});
