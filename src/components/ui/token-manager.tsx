"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { ApiTokenDto } from "@/modules/users/schemas";
import { callApi } from "./api-client";
import { Field, FormError } from "./field";

export function TokenManager({ initialTokens, messages, locale }: { initialTokens: ApiTokenDto[]; messages: Messages; locale: Locale }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [newToken, setNewToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const dateFormat = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const result = await callApi<ApiTokenDto & { token: string }>("POST", "/api/tokens", { name: new FormData(formElement).get("name") });
    if (!result.ok) {
      setError(result.message);
      setFieldErrors(result.fieldErrors);
      return;
    }
    const { token, ...stored } = result.data;
    setTokens((previous) => [stored, ...previous]);
    setNewToken(token);
    setError(null);
    setFieldErrors({});
    formElement.reset();
  }

  async function onRevoke(tokenId: string) {
    const result = await callApi<void>("DELETE", `/api/tokens/${tokenId}`);
    if (!result.ok) return setError(result.message);
    setTokens((previous) => previous.filter((token) => token.id !== tokenId));
  }

  return (
    <>
      <FormError message={error} />
      {newToken && (
        <div className="notice" role="status">
          <p>{messages.profile.shownOnce}</p>
          <code dir="ltr" data-testid="new-token">
            {newToken}
          </code>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="hint">{messages.profile.none}</p>
      ) : (
        <ul className="token-list">
          {tokens.map((token) => (
            <li key={token.id}>
              <bdi>{token.name}</bdi> <code dir="ltr">{token.prefix}…</code>{" "}
              <small>
                {token.lastUsedAt ? format(messages.profile.lastUsed, { date: dateFormat.format(new Date(token.lastUsedAt)) }) : messages.profile.neverUsed}
              </small>{" "}
              <button type="button" className="button-quiet" onClick={() => void onRevoke(token.id)}>
                {messages.profile.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void onCreate(event)} noValidate>
        <Field id="token-name" label={messages.profile.tokenName} errors={fieldErrors.name}>
          <input id="token-name" name="name" dir="auto" required />
        </Field>
        <button type="submit">{messages.profile.create}</button>
      </form>
    </>
  );
}
