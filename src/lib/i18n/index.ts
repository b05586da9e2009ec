import { z } from "zod";
import { ar } from "./ar";
import { en } from "./en";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ar>;

export const locales = ["ar", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "ar";
export const localeCookieName = "tahqiq-locale";

const catalogue: Record<Locale, Messages> = { ar, en };

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

export function parseLocale(value: string | undefined): Locale {
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultLocale;
}

/** Fills {name} placeholders; values are plain text, never markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in values ? String(values[key]) : placeholder));
}
