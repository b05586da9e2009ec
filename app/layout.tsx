import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getSessionUser } from "@/auth/session";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { getMessages } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = { title: "Tahqiq · تحقيق", description: "Fact-checking workbench" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, messages }, user] = await Promise.all([getMessages(), getSessionUser()]);
  return (
    <html lang={locale} dir={locale === "ar" ? "rtl" : "ltr"}>
      <body>
        <a className="skip-link" href="#main">
          {messages.nav.skipToContent}
        </a>
        <header className="site-header">
          <Link href="/articles" className="brand">
            {messages.appName}
            <span className="brand-tagline">{messages.tagline}</span>
          </Link>
          <nav aria-label={messages.appName} className="site-nav">
            {user && <Link href="/articles">{messages.nav.articles}</Link>}
            {user && <Link href="/queue">{messages.nav.queue}</Link>}
            {user?.role === "admin" && <Link href="/admin/users">{messages.nav.users}</Link>}
            {user?.role === "admin" && <Link href="/admin/rating-scales">{messages.nav.ratingScales}</Link>}
            {user && <Link href="/profile">{messages.nav.profile}</Link>}
          </nav>
          <div className="site-user">
            {user && (
              <span className="user-badge">
                {user.name} · {messages.roles[user.role]}
              </span>
            )}
            <LanguageSwitch locale={locale} label={messages.language.switchTo} ariaLabel={messages.language.switchLabel} />
            {user && <SignOutButton label={messages.nav.signOut} />}
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
