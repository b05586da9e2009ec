"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormEvent } from "react";
import { signInThrottledError } from "@/auth/sign-in-throttle";
import type { Messages } from "@/lib/i18n";
import { Field, FormError } from "./field";

export function SignInForm({ messages, callbackUrl }: { messages: Messages; callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isSigningIn, setIsSigningIn] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSigningIn(true);
    const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
    setIsSigningIn(false);
    if (!result || result.error) {
      setError(result?.error === signInThrottledError ? messages.signIn.throttled : messages.signIn.failed);
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <FormError message={error} />
      <Field id="signin-email" label={messages.fields.email}>
        <input id="signin-email" name="email" type="email" autoComplete="username" dir="ltr" required />
      </Field>
      <Field id="signin-password" label={messages.fields.password}>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" dir="ltr" required />
      </Field>
      <button type="submit" className="button-primary" disabled={isSigningIn}>
        {messages.signIn.submit}
      </button>
    </form>
  );
}
