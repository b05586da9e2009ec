/** The browser's side of the JSON API: same routes that scripts use, errors turned into readable text. */
export interface ApiFailure {
  ok: false;
  status: number;
  message: string;
  fieldErrors: Record<string, string[]>;
  current?: unknown;
}
export type ApiResult<Data> = { ok: true; data: Data } | ApiFailure;

// The API answers in the interface's language; these are the browser's own messages, when it cannot.
const isArabic = () => typeof document !== "undefined" && document.documentElement.lang === "ar";

export async function callApi<Data>(method: string, url: string, body?: unknown): Promise<ApiResult<Data>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: isArabic() ? "تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى." : "The server could not be reached. Check the connection and try again.",
      fieldErrors: {},
    };
  }
  if (response.status === 204) return { ok: true, data: undefined as Data };
  const payload = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, data: payload as Data };
  const error = (payload as { error?: { message?: string; fieldErrors?: Record<string, string[]>; current?: unknown } } | null)?.error;
  return {
    ok: false,
    status: response.status,
    message: error?.message ?? (isArabic() ? `أجاب الخادم بالرمز ${response.status}.` : `The server answered ${response.status}.`),
    fieldErrors: error?.fieldErrors ?? {},
    current: error?.current,
  };
}
