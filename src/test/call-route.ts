import { NextRequest } from "next/server";

/** A route handler as the tests call it: in-process, with a NextRequest and its params. */
export type RouteHandler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  /** A personal API token, sent as Authorization: Bearer. */
  token?: string | null;
  /** JSON-encoded unless already a string (to send malformed bodies). */
  body?: unknown;
  id?: string;
  query?: string;
  headers?: Record<string, string>;
}

export interface RouteReply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or the text when the reply is not JSON. */
  body: unknown;
}

/** Calls a real route handler against the test database, as an HTTP client would. */
export async function callRoute(handler: RouteHandler, options: CallOptions = {}): Promise<RouteReply> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const request = new NextRequest(`http://localhost/api/test${options.query ?? ""}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve({ id: options.id ?? "" }) });
  const text = await response.text();
  const isJson = (response.headers.get("content-type") ?? "").includes("json") && text.length > 0;
  return { status: response.status, headers: response.headers, text, body: isJson ? (JSON.parse(text) as unknown) : text };
}
