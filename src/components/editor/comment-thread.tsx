"use client";

import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import type { CommentDto } from "@/modules/comments/comments";
import { callApi } from "@/components/ui/api-client";
import { Field, FormError } from "@/components/ui/field";

/** A claim's discussion. Reloads when the claim's comment count changes (a live update from others). */
export function CommentThread({
  claimId,
  commentCount,
  canComment,
  messages,
  locale,
  onPosted,
}: {
  claimId: string;
  commentCount: number;
  canComment: boolean;
  messages: Messages;
  locale: Locale;
  onPosted: () => void;
}) {
  const labels = messages.panel;
  const [comments, setComments] = useState<CommentDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const dateFormat = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

  useEffect(() => {
    let isCurrent = true;
    void callApi<CommentDto[]>("GET", `/api/claims/${claimId}/comments`).then((result) => {
      if (isCurrent && result.ok) setComments(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [claimId, commentCount]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const result = await callApi<CommentDto>("POST", `/api/claims/${claimId}/comments`, { body: new FormData(formElement).get("body") });
    if (!result.ok) {
      setError(result.message);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setComments((previous) => [...previous, result.data]);
    formElement.reset();
    onPosted();
  }

  return (
    <>
      {comments.length === 0 ? (
        <p className="hint">{labels.noComments}</p>
      ) : (
        <ul className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} data-testid="comment">
              <strong>
                <bdi>{comment.author ?? "—"}</bdi>
              </strong>{" "}
              <small>{dateFormat.format(new Date(comment.createdAt))}</small>
              <p dir="auto">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form className="panel-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={labels.addComment}>
          <FormError message={error} />
          <Field id={`comment-${claimId}`} label={labels.comment} hint={labels.commentHint} errors={fieldErrors.body}>
            <textarea id={`comment-${claimId}`} name="body" dir="auto" rows={2} />
          </Field>
          <button type="submit">{labels.addComment}</button>
        </form>
      )}
    </>
  );
}
