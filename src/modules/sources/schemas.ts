import { z } from "zod";
import { sourceTypeSchema, stanceSchema } from "@/modules/claims/schemas";

const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref_src)$/i;

/**
 * One address per source: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, so the same page cited twice is one reusable record.
 */
export function normaliseSourceUrl(value: string): string {
  const url = new URL(value);
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (trackingParameter.test(key)) url.searchParams.delete(key);
  if ((url.protocol === "http:" && url.port === "80") || (url.protocol === "https:" && url.port === "443")) url.port = "";
  return url.href;
}

/** Only web addresses a reader can safely open: http(s), no credentials, no javascript:/data: tricks. */
export const webUrlSchema = z
  .string()
  .trim()
  .min(1, { message: "Enter the source's address (URL)." })
  .max(2048, { message: "The address can have at most 2048 characters." })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: "The address must be a full web address starting with http:// or https://." },
  )
  .transform(normaliseSourceUrl);

const optionalWebUrl = z.union([z.literal(""), webUrlSchema]).default("");
const dateSchema = (message: string) => z.iso.date({ message });

export const sourceFieldsSchema = z.object({
  url: webUrlSchema,
  title: z.string().trim().min(1, { message: "Enter the source's title." }).max(500, { message: "The title can have at most 500 characters." }),
  publisher: z.string().trim().max(200, { message: "The publisher can have at most 200 characters." }).default(""),
  author: z.string().trim().max(200, { message: "The author can have at most 200 characters." }).default(""),
  publishedAt: dateSchema("Enter the date published as YYYY-MM-DD.").optional(),
  accessedAt: dateSchema("Enter the date accessed as YYYY-MM-DD.").optional().describe("The day the source was read (YYYY-MM-DD); today when left out"),
  type: sourceTypeSchema.default("news-report"),
  archiveUrl: optionalWebUrl.describe("An archived copy (http/https)"),
  credibilityNote: z.string().trim().max(2000, { message: "The note can have at most 2000 characters." }).default(""),
});

const linkFieldsSchema = z.object({
  stance: stanceSchema.default("context").describe("supports, refutes or context"),
  excerpt: z.string().trim().max(5000, { message: "The excerpt can have at most 5000 characters." }).default(""),
});

export const addSourceInputSchema = z.union([
  z.object({ sourceId: z.string().min(1).describe("Reuse a source already recorded") }).extend(linkFieldsSchema.shape),
  sourceFieldsSchema.extend(linkFieldsSchema.shape),
]);

export const updateSourceInputSchema = sourceFieldsSchema.partial().extend({
  version: z.number().int().positive().describe("The source's version you last saw"),
});
