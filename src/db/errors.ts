import { AppError } from "@/lib/errors";

interface PrismaKnownError {
  code: string;
  meta?: Record<string, unknown>;
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code)
  );
}

/** Maps Prisma's known failures to errors a person understands; anything else is rethrown untouched. */
export function mapDatabaseError(error: unknown, what = "The record"): never {
  if (isPrismaKnownError(error)) {
    if (error.code === "P2002") throw new AppError("conflict", `${what} already exists.`);
    if (error.code === "P2025") throw new AppError("not_found", `${what} was not found.`);
    if (error.code === "P2003") throw new AppError("conflict", `${what} refers to something that no longer exists.`);
  }
  throw error;
}
