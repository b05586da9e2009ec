"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { Messages } from "@/lib/i18n";
import { useApiForm } from "./use-api-form";
import { Field, FormError } from "./field";

export function SetupForm({ messages }: { messages: Messages }) {
  const router = useRouter();
  const { fieldErrors, formError, isSaving, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (await submit("POST", "/api/setup", { email: form.get("email"), name: form.get("name"), password: form.get("password") }))
      router.push("/signin?created=1");
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <Field id="setup-email" label={messages.fields.email} errors={fieldErrors.email}>
        <input id="setup-email" name="email" type="email" autoComplete="email" dir="ltr" required />
      </Field>
      <Field id="setup-name" label={messages.fields.name} errors={fieldErrors.name}>
        <input id="setup-name" name="name" autoComplete="name" required />
      </Field>
      <Field id="setup-password" label={messages.fields.password} hint={messages.fields.passwordHint} errors={fieldErrors.password}>
        <input id="setup-password" name="password" type="password" autoComplete="new-password" dir="ltr" required minLength={10} />
      </Field>
      <button type="submit" className="button-primary" disabled={isSaving}>
        {isSaving ? messages.common.saving : messages.setup.submit}
      </button>
    </form>
  );
}
