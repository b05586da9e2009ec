"use client";

import type { FormEvent } from "react";
import type { Messages } from "@/lib/i18n";
import type { ArticleDto } from "@/modules/articles/schemas";
import { useApiForm } from "@/components/ui/use-api-form";
import { Field, FormError } from "@/components/ui/field";

/** Saves a new revision of the article's text; the server re-anchors every claim on it. */
export function RevisionForm({
  article,
  messages,
  onSaved,
  onCancel,
}: {
  article: ArticleDto;
  messages: Messages;
  onSaved: (article: ArticleDto) => void;
  onCancel: () => void;
}) {
  const { fieldErrors, formError, isSaving, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit<ArticleDto>("POST", `/api/articles/${article.id}/revisions`, {
      version: article.version,
      title: form.get("title"),
      text: form.get("text"),
      note: form.get("note"),
    });
    if (result) onSaved(result.data);
  }

  return (
    <form className="card revision-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={messages.workbench.revisionTitle}>
      <h2>{messages.workbench.revisionTitle}</h2>
      <FormError message={formError} />
      <Field id="revision-title" label={messages.articles.articleTitle} errors={fieldErrors.title}>
        <input id="revision-title" name="title" defaultValue={article.title} lang={article.language} dir={article.direction} />
      </Field>
      <Field id="revision-text" label={messages.workbench.revisionText} errors={fieldErrors.text}>
        <textarea id="revision-text" name="text" defaultValue={article.text} rows={16} lang={article.language} dir={article.direction} />
      </Field>
      <Field id="revision-note" label={messages.workbench.revisionNote} errors={fieldErrors.note}>
        <input id="revision-note" name="note" dir="auto" />
      </Field>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={isSaving}>
          {isSaving ? messages.common.saving : messages.workbench.saveRevision}
        </button>
        <button type="button" onClick={onCancel}>
          {messages.common.cancel}
        </button>
      </div>
    </form>
  );
}
