"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import type { Messages } from "@/lib/i18n";
import type { SourceDto } from "@/modules/claims/schemas";
import { callApi } from "@/components/ui/api-client";

/** Finds a source already recorded (for another claim) and attaches it here with a stance. */
export function SourceReuse({
  claimId,
  attachedSourceIds,
  messages,
  onAttached,
}: {
  claimId: string;
  attachedSourceIds: string[];
  messages: Messages;
  onAttached: () => void;
}) {
  const labels = messages.panel;
  const [results, setResults] = useState<SourceDto[] | null>(null);
  const [stance, setStance] = useState<"supports" | "refutes" | "context">("context");
  const [error, setError] = useState<string | null>(null);

  async function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get("q") ?? "");
    const result = await callApi<SourceDto[]>("GET", `/api/sources?q=${encodeURIComponent(query)}`);
    if (result.ok) setResults(result.data.filter((source) => !attachedSourceIds.includes(source.id)));
    else setError(result.message);
  }

  async function attach(sourceId: string) {
    const result = await callApi("POST", `/api/claims/${claimId}/sources`, { sourceId, stance });
    if (!result.ok) return setError(result.message);
    setError(null);
    setResults((previous) => previous?.filter((source) => source.id !== sourceId) ?? null);
    onAttached();
  }

  return (
    <details className="source-reuse">
      <summary>{labels.reuseSource}</summary>
      <form className="inline-form" role="search" onSubmit={(event) => void onSearch(event)}>
        <input name="q" type="search" dir="auto" aria-label={labels.searchSources} placeholder={labels.searchSources} />
        <select aria-label={labels.stance} value={stance} onChange={(event) => setStance(event.target.value as typeof stance)}>
          {(["supports", "refutes", "context"] as const).map((option) => (
            <option key={option} value={option}>
              {labels.stances[option]}
            </option>
          ))}
        </select>
        <button type="submit">{labels.search}</button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p className="hint">{labels.noSourcesFound}</p>}
      {results && results.length > 0 && (
        <ul className="source-list">
          {results.map((source) => (
            <li key={source.id}>
              <bdi>{source.title}</bdi> <small dir="ltr">{new URL(source.url).hostname}</small>{" "}
              <button type="button" className="button-quiet" onClick={() => void attach(source.id)}>
                {labels.attach}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
