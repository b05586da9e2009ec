"use client";

import { useState } from "react";
import { callApi } from "./api-client";

/** The state every API-backed form keeps: field errors, the form's error, and whether it is saving. */
export function useApiForm() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  /** Sends the form's body; returns the server's data, or null after showing why it was refused. */
  async function submit<Data>(method: string, url: string, body: unknown): Promise<{ data: Data } | null> {
    setIsSaving(true);
    const result = await callApi<Data>(method, url, body);
    setIsSaving(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setFormError(result.message);
      return null;
    }
    setFieldErrors({});
    setFormError(null);
    return { data: result.data };
  }

  return { fieldErrors, formError, isSaving, submit };
}
