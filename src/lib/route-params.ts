import { z } from "zod";
import { notFound } from "./errors";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Route ids that cannot exist are a 404, the same as ids that do not. */
export async function readId(params: Promise<{ id: string }>, what: string): Promise<string> {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
