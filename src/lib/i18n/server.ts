import { cookies } from "next/headers";
import { localeCookieName, messagesFor, parseLocale } from "./index";
import type { Locale, Messages } from "./index";

/** The interface language chosen with the switch (a cookie), Arabic by default. */
export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(localeCookieName)?.value);
}

export async function getMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = await getLocale();
  return { locale, messages: messagesFor(locale) };
}
