"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n";
import type { HistoryEntryDto } from "@/modules/history/history";
import { callApi } from "@/components/ui/api-client";

function summarise(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${typeof entry === "object" ? JSON.stringify(entry) : String(entry)}`)
    .join("; ");
}

/** The claim's append-only history: who, when, what, before → after. */
export function ClaimTimeline({ claimId, locale }: { claimId: string; locale: Locale }) {
  const [entries, setEntries] = useState<HistoryEntryDto[] | null>(null);
  const dateFormat = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "short", timeStyle: "medium" });

  useEffect(() => {
    let isCurrent = true;
    void callApi<HistoryEntryDto[]>("GET", `/api/claims/${claimId}/history`).then((result) => {
      if (isCurrent && result.ok) setEntries(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [claimId]);

  if (!entries) return null;
  return (
    <ol className="timeline-list" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.createdAt}>{dateFormat.format(new Date(entry.createdAt))}</time> · <bdi>{entry.actor ?? "—"}</bdi> · {entry.entityType}{" "}
          {entry.action}
          {(entry.before !== null || entry.after !== null) && (
            <div className="timeline-change" dir="auto">
              {entry.before !== null && <del>{summarise(entry.before)}</del>} {entry.after !== null && <ins>{summarise(entry.after)}</ins>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
