import { z } from "zod";

export const submitVerdictInputSchema = z.object({
  rating: z.string({ message: "Choose a rating." }).min(1, { message: "Choose a rating." }).max(40),
  explanation: z.string().trim().min(1, { message: "Explain the verdict." }).max(10_000, { message: "The explanation can have at most 10,000 characters." }),
  sourceLinkIds: z.array(z.string()).max(50).default([]).describe("Ids of the claim's source links this verdict relies on"),
  version: z.number().int().positive().optional().describe("When revising your verdict: its version you last saw"),
});

const reasonSchema = z.string().trim().max(2000, { message: "The reason can have at most 2000 characters." });

export const publicationInputSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("publish"),
    version: z.number().int().positive().describe("The claim's version you last saw"),
    rating: z.string().min(1, { message: "Choose the final rating." }),
    explanation: z.string().trim().min(1, { message: "Write the published explanation." }).max(10_000),
    reason: reasonSchema.default("").describe("Needed when the final rating differs from every reviewer's"),
  }),
  z.object({
    action: z.literal("correct"),
    version: z.number().int().positive(),
    rating: z.string().min(1, { message: "Choose the corrected rating." }),
    explanation: z.string().trim().min(1, { message: "Write the corrected explanation." }).max(10_000),
    reason: reasonSchema.min(1, { message: "Say what was corrected and why: readers see it." }),
  }),
  z.object({
    action: z.literal("unpublish"),
    version: z.number().int().positive(),
    reason: reasonSchema.min(1, { message: "Say why the verdict is withdrawn: readers see it." }),
  }),
]);
