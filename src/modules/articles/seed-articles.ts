import { readFile } from "node:fs/promises";
import path from "node:path";
import { countArticles, createArticle } from "./articles";

const seedDirectory = path.resolve(import.meta.dirname, "../../../prisma/seed");
export const seedArticleFiles = ["whatsapp-new-year-ar.txt"];

/** A seed file's first line is the title; the rest (after blank lines) is the text. */
export function parseSeedArticle(content: string): { title: string; text: string } {
  const normalised = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const newline = normalised.indexOf("\n");
  const title = (newline === -1 ? normalised : normalised.slice(0, newline)).trim();
  const text =
    newline === -1
      ? ""
      : normalised
          .slice(newline + 1)
          .replace(/^\n+/, "")
          .trimEnd();
  return { title, text };
}

/** Loads the seed articles into an empty database (first start); returns how many it added. */
export async function ensureSeedArticles(): Promise<number> {
  if ((await countArticles()) > 0) return 0;
  for (const file of seedArticleFiles) {
    await createArticle(null, parseSeedArticle(await readFile(path.join(seedDirectory, file), "utf8")));
  }
  return seedArticleFiles.length;
}
