import type { ReactNode } from "react";

/** A labelled form field with its error messages, tied together for screen readers. */
export function Field({ id, label, errors, hint, children }: { id: string; label: string; errors?: string[] | undefined; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {errors?.map((error) => (
        <small key={error} id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      ))}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
