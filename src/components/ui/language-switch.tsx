"use client";

import { useRouter } from "next/navigation";
import { localeCookieName } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";

export function LanguageSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const router = useRouter();
  const other: Locale = locale === "ar" ? "en" : "ar";
  function onSwitch() {
    // A year-long cookie remembers the choice; the server reads it to render every page.
    document.cookie = `${localeCookieName}=${other}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }
  return (
    <button type="button" className="button-quiet" lang={other} onClick={onSwitch} aria-label={ariaLabel}>
      {label}
    </button>
  );
}
