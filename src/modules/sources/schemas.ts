import { z } from "zod";

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
  .transform((value) => new URL(value).href);

export const addSourceInputSchema = z.object({
  url: webUrlSchema,
  title: z.string().trim().min(1, { message: "Enter the source's title." }).max(500, { message: "The title can have at most 500 characters." }),
  publisher: z.string().trim().max(200, { message: "The publisher can have at most 200 characters." }).default(""),
  excerpt: z.string().trim().max(5000, { message: "The excerpt can have at most 5000 characters." }).default(""),
  accessedAt: z.iso
    .date({ message: "Enter the date accessed as YYYY-MM-DD." })
    .optional()
    .describe("The day the source was read (YYYY-MM-DD); today when left out"),
});
export type AddSourceInput = z.infer<typeof addSourceInputSchema>;
