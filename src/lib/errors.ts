import type { z } from "zod";

export type AppErrorCode = "validation" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unsupported_media_type";

/** A failure a person can act on. Domain code throws it; one place (route-handler.ts) maps it to HTTP. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export const httpStatusByCode: Record<AppErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
};

/** Field errors keyed by dotted path, the shape the API and the forms both show. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function validationError(error: z.ZodError, message = "Some fields are not valid."): AppError {
  return new AppError("validation", message, { fieldErrors: fieldErrorsOf(error) });
}

/** Parses untrusted input with a zod schema; failure becomes a 400 with field errors. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found.`);
}
