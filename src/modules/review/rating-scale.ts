import { z } from "zod";

/** The default rating scale. Order runs from best to worst; `unverifiable` stands outside it. */
export const ratingKeys = ["true", "mostly-true", "misleading", "mostly-false", "false", "unverifiable"] as const;
export const ratingSchema = z.enum(ratingKeys);
export type Rating = z.infer<typeof ratingSchema>;

export interface RatingDefinition {
  key: Rating;
  labels: { ar: string; en: string };
  colour: string;
}

export const defaultRatingScale: readonly RatingDefinition[] = [
  { key: "true", labels: { ar: "صحيح", en: "True" }, colour: "#1b7f3b" },
  { key: "mostly-true", labels: { ar: "صحيح في معظمه", en: "Mostly true" }, colour: "#5a9e2f" },
  { key: "misleading", labels: { ar: "مضلل", en: "Misleading" }, colour: "#c98a00" },
  { key: "mostly-false", labels: { ar: "خاطئ في معظمه", en: "Mostly false" }, colour: "#d3541f" },
  { key: "false", labels: { ar: "خاطئ", en: "False" }, colour: "#b3261e" },
  { key: "unverifiable", labels: { ar: "لا يمكن التحقق منه", en: "Unverifiable" }, colour: "#6b6b6b" },
];

export function ratingDefinition(key: Rating): RatingDefinition {
  const definition = defaultRatingScale.find((rating) => rating.key === key);
  if (!definition) throw new Error(`Unknown rating ${key}`);
  return definition;
}
