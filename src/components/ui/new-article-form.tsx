"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { Messages } from "@/lib/i18n";
import { useApiForm } from "./use-api-form";
import { Field, FormError } from "./field";

export function NewArticleForm({ messages }: { messages: Messages }) {
  const router = useRouter();
  const { fieldErrors, formError, isSaving, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const language = String(form.get("language") ?? "");
    const result = await submit<{ id: string }>("POST", "/api/articles", {
      title: form.get("title"),
      text: form.get("text"),
      ...(language ? { language } : {}),
    });
    if (result) router.push(`/articles/${result.data.id}`);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <Field id="article-title" label={messages.articles.articleTitle} errors={fieldErrors.title}>
        <input id="article-title" name="title" dir="auto" required />
      </Field>
      <Field id="article-text" label={messages.articles.articleText} errors={fieldErrors.text}>
        <textarea id="article-text" name="text" dir="auto" rows={8} required />
      </Field>
      <Field id="article-language" label={messages.articles.language} errors={fieldErrors.language}>
        <select id="article-language" name="language" defaultValue="">
          <option value="">{messages.articles.languageAuto}</option>
          <option value="ar">{messages.articles.languageAr}</option>
          <option value="en">{messages.articles.languageEn}</option>
        </select>
      </Field>
      <button type="submit" className="button-primary" disabled={isSaving}>
        {isSaving ? messages.common.saving : messages.articles.create}
      </button>
    </form>
  );
}
