import { redirect } from "next/navigation";
import { getSessionUser } from "@/auth/session";
import { SignInForm } from "@/components/ui/sign-in-form";
import { getMessages } from "@/lib/i18n/server";
import { hasAnyUser } from "@/modules/users/users";

export const dynamic = "force-dynamic";

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/articles";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await hasAnyUser())) redirect("/setup");
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { messages } = await getMessages();
  return (
    <section className="narrow card">
      <h1>{messages.signIn.title}</h1>
      <SignInForm messages={messages} callbackUrl={callbackUrl} />
    </section>
  );
}
