import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { AppError, fieldErrorsOf, httpStatusByCode } from "./errors";
import { localeCookieName } from "./i18n";
import type { Locale } from "./i18n";
import { errorLocaleOf, translateServerMessage } from "./i18n/server-errors";
import { logError } from "./logger";

export interface ErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]>; current?: unknown };
}

/** Translates every message of a fieldErrors map; anything not shaped like one passes through untouched. */
function translateFieldErrors(fieldErrors: unknown, locale: Locale): unknown {
  if (typeof fieldErrors !== "object" || fieldErrors === null || Array.isArray(fieldErrors)) return fieldErrors;
  const translate = (message: unknown): unknown => (typeof message === "string" ? translateServerMessage(message, locale) : message);
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [field, Array.isArray(messages) ? messages.map(translate) : translate(messages)]),
  );
}

/** The error as JSON, its messages in the caller's interface language (English by default; `code` and `current` never change). */
export function errorResponse(error: unknown, locale: Locale = "en"): NextResponse<ErrorBody> {
  const translate = (message: string) => translateServerMessage(message, locale);
  if (error instanceof AppError) {
    const details =
      error.details && locale !== "en" && "fieldErrors" in error.details
        ? { ...error.details, fieldErrors: translateFieldErrors(error.details.fieldErrors, locale) }
        : error.details;
    return NextResponse.json({ error: { code: error.code, message: translate(error.message), ...details } }, { status: httpStatusByCode[error.code] });
  }
  if (error instanceof ZodError) {
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([field, messages]) => [field, messages.map(translate)]));
    return NextResponse.json({ error: { code: "validation", message: translate("Some fields are not valid."), fieldErrors } }, { status: 400 });
  }
  logError("Unhandled error in an API route", error);
  return NextResponse.json(
    { error: { code: "internal", message: translate("Something went wrong on our side. The change was not saved; please try again.") } },
    { status: 500 },
  );
}

/** Arabic for people whose interface is Arabic (cookie, else Accept-Language), English for everyone else. */
function requestLocale(request: NextRequest): Locale {
  return errorLocaleOf(request.cookies.get(localeCookieName)?.value, request.headers.get("accept-language"));
}

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (request: NextRequest, context: RouteContext<Params>) => Promise<Response>;

const mutatingMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Every API route goes through here: one place maps errors to HTTP, and cookie-authenticated writes must
 * come from our own pages (Origin check), since a cross-site form could otherwise ride the session cookie.
 */
export function apiRoute<Params = Record<string, string>>(handler: Handler<Params>): Handler<Params> {
  return async (request, context) => {
    try {
      if (mutatingMethods.has(request.method) && !request.headers.has("authorization")) {
        const origin = request.headers.get("origin");
        const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
        if (origin && host && new URL(origin).host !== host) {
          throw new AppError("forbidden", "Cross-site requests are not allowed; use a personal API token.");
        }
      }
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error, requestLocale(request));
    }
  };
}

/** Reads a JSON body; anything else is a 4xx a person can understand. */
export async function readJsonBody(request: NextRequest): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const text = await request.text();
  if (text.length > 5_000_000) throw new AppError("validation", "The body is larger than 5 MB.");
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("validation", "The body is not valid JSON.");
  }
  // The version last seen may come as If-Match: "3" (the ETag of GET) instead of a body field.
  const ifMatch = request.headers.get("if-match");
  if (ifMatch && typeof body === "object" && body !== null && !Array.isArray(body) && !("version" in body)) {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
    if (!match) throw new AppError("validation", 'If-Match must be the version in quotes, e.g. "3".');
    return { ...body, version: Number(match[1]) };
  }
  return body;
}

export function json<Body>(body: Body, status = 200): NextResponse<Body> {
  return NextResponse.json(body, { status });
}
