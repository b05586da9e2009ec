"use client";

import { useRef, useState } from "react";
import type { FormEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { ManagedRatingScaleDto } from "@/modules/rating-scales/schemas";
import { callApi } from "./api-client";
import { Field, FormError } from "./field";

interface RatingRow {
  rowId: number;
  key: string;
  labelAr: string;
  labelEn: string;
  colour: string;
  value: string;
}

const neutralColour = "#6b6b6b";

function emptyRow(rowId: number): RatingRow {
  return { rowId, key: "", labelAr: "", labelEn: "", colour: neutralColour, value: "" };
}

/** An empty box means "no number" (null), so the server can tell it from 0 and explain what is missing. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : Number(trimmed);
}

function isManagedScale(value: unknown): value is ManagedRatingScaleDto {
  return typeof value === "object" && value !== null && "id" in value && "ratings" in value && "version" in value;
}

export function RatingScaleAdmin({ initialScales, messages, locale }: { initialScales: ManagedRatingScaleDto[]; messages: Messages; locale: Locale }) {
  const text = messages.ratingScales;
  const [scales, setScales] = useState(initialScales);
  const [listError, setListError] = useState<string | null>(null);
  const [listNotice, setListNotice] = useState<string | null>(null);
  const [pendingScaleId, setPendingScaleId] = useState<string | null>(null);
  const [rows, setRows] = useState<RatingRow[]>(() => [emptyRow(0), emptyRow(1)]);
  const nextRowId = useRef(2);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [formNotice, setFormNotice] = useState<string | null>(null);

  function replaceScale(scale: ManagedRatingScaleDto) {
    setScales((previous) => previous.map((existing) => (existing.id === scale.id ? scale : existing)));
  }

  function onChangeRow(rowId: number, changes: Partial<Omit<RatingRow, "rowId">>) {
    setRows((previous) => previous.map((row) => (row.rowId === rowId ? { ...row, ...changes } : row)));
  }

  function onAddRow() {
    const rowId = nextRowId.current;
    nextRowId.current += 1;
    setRows((previous) => [...previous, emptyRow(rowId)]);
  }

  function onRemoveRow(rowId: number) {
    setRows((previous) => previous.filter((row) => row.rowId !== rowId));
  }

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await callApi<ManagedRatingScaleDto>("POST", "/api/rating-scales", {
      name: form.get("name"),
      bestRating: numberOrNull(String(form.get("bestRating") ?? "")),
      worstRating: numberOrNull(String(form.get("worstRating") ?? "")),
      ratings: rows.map((row) => ({ key: row.key.trim(), labels: { ar: row.labelAr, en: row.labelEn }, colour: row.colour, value: numberOrNull(row.value) })),
    });
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setFormError(result.message);
      setFormNotice(null);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setScales((previous) => [...previous, result.data]);
    setFormNotice(format(text.created, { name: result.data.name }));
    formElement.reset();
    setRows([emptyRow(nextRowId.current), emptyRow(nextRowId.current + 1)]);
    nextRowId.current += 2;
  }

  async function onSetRetired(scale: ManagedRatingScaleDto, retired: boolean) {
    setPendingScaleId(scale.id);
    const result = await callApi<ManagedRatingScaleDto>("POST", `/api/rating-scales/${scale.id}/retirement`, { version: scale.version, retired });
    setPendingScaleId(null);
    if (!result.ok) {
      // A stale version comes back with the scale as it is now: show that, so the next click works.
      if (isManagedScale(result.current)) replaceScale(result.current);
      setListNotice(null);
      return setListError(result.message);
    }
    setListError(null);
    replaceScale(result.data);
    setListNotice(format(retired ? text.retiredNotice : text.unretiredNotice, { name: result.data.name }));
  }

  async function onDelete(scale: ManagedRatingScaleDto) {
    if (!window.confirm(format(text.confirmDelete, { name: scale.name }))) return;
    setPendingScaleId(scale.id);
    const result = await callApi<undefined>("DELETE", `/api/rating-scales/${scale.id}`);
    setPendingScaleId(null);
    if (!result.ok) {
      setListNotice(null);
      return setListError(result.message);
    }
    setListError(null);
    setScales((previous) => previous.filter((existing) => existing.id !== scale.id));
    setListNotice(format(text.deleted, { name: scale.name }));
  }

  return (
    <>
      <FormError message={listError} />
      {listNotice && <p role="status">{listNotice}</p>}
      {scales.map((scale) => {
        const headingId = `rating-scale-${scale.id}`;
        const isPending = pendingScaleId === scale.id;
        return (
          <section key={scale.id} className="card" aria-labelledby={headingId}>
            <h2 id={headingId} dir="auto">
              {scale.name}
            </h2>
            <p className="meta">
              {scale.isDefault && <span className="label">{text.isDefault}</span>}
              {scale.isRetired && <span className="label">{text.retired}</span>}
              <span>{scale.articleCount > 0 ? format(text.inUse, { count: scale.articleCount }) : text.unused}</span>
              <span>{format(text.range, { worst: scale.worstRating, best: scale.bestRating })}</span>
            </p>
            <ul className="chip-list" aria-label={text.ratings}>
              {scale.ratings.map((rating) => (
                <li key={rating.key}>
                  <span className="rating-badge" style={{ backgroundColor: rating.colour }} title={rating.key} dir="auto">
                    {rating.labels[locale]}
                  </span>{" "}
                  <span className="hint">{rating.value ?? text.noValue}</span>
                </li>
              ))}
            </ul>
            {(!scale.isDefault || scale.isRetired) && (
              <div className="actions">
                {scale.isRetired ? (
                  <button type="button" disabled={isPending} onClick={() => void onSetRetired(scale, false)}>
                    {text.unretire}
                  </button>
                ) : (
                  !scale.isDefault && (
                    <button type="button" disabled={isPending} onClick={() => void onSetRetired(scale, true)}>
                      {text.retire}
                    </button>
                  )
                )}
                {!scale.isDefault && (
                  <button type="button" className="button-danger" disabled={isPending} onClick={() => void onDelete(scale)}>
                    {text.delete}
                  </button>
                )}
              </div>
            )}
          </section>
        );
      })}
      <section className="card">
        <h2>{text.add}</h2>
        <FormError message={formError} />
        {formNotice && <p role="status">{formNotice}</p>}
        <form onSubmit={(event) => void onCreate(event)} noValidate>
          <Field id="scale-name" label={text.name} errors={fieldErrors.name}>
            <input id="scale-name" name="name" dir="auto" maxLength={120} required />
          </Field>
          <Field id="scale-best" label={text.bestRating} errors={fieldErrors.bestRating}>
            <input id="scale-best" name="bestRating" type="number" step={1} inputMode="numeric" dir="ltr" defaultValue={5} required />
          </Field>
          <Field id="scale-worst" label={text.worstRating} errors={fieldErrors.worstRating}>
            <input id="scale-worst" name="worstRating" type="number" step={1} inputMode="numeric" dir="ltr" defaultValue={1} required />
          </Field>
          <h3>{text.ratings}</h3>
          <FormError message={fieldErrors.ratings?.join(" ") ?? null} />
          {rows.map((row, index) => {
            const prefix = `scale-rating-${row.rowId}`;
            const errorsOf = (field: string) => fieldErrors[`ratings.${index}.${field}`];
            const number = index + 1;
            return (
              <fieldset key={row.rowId} className="card">
                <legend>{format(text.rating, { number })}</legend>
                <Field id={`${prefix}-key`} label={text.key} hint={text.keyHint} errors={errorsOf("key")}>
                  <input
                    id={`${prefix}-key`}
                    value={row.key}
                    onChange={(event) => onChangeRow(row.rowId, { key: event.target.value })}
                    dir="ltr"
                    maxLength={40}
                    required
                  />
                </Field>
                <Field id={`${prefix}-label-ar`} label={text.labelAr} errors={errorsOf("labels.ar")}>
                  <input
                    id={`${prefix}-label-ar`}
                    value={row.labelAr}
                    onChange={(event) => onChangeRow(row.rowId, { labelAr: event.target.value })}
                    dir="rtl"
                    lang="ar"
                    maxLength={60}
                    required
                  />
                </Field>
                <Field id={`${prefix}-label-en`} label={text.labelEn} errors={errorsOf("labels.en")}>
                  <input
                    id={`${prefix}-label-en`}
                    value={row.labelEn}
                    onChange={(event) => onChangeRow(row.rowId, { labelEn: event.target.value })}
                    dir="ltr"
                    lang="en"
                    maxLength={60}
                    required
                  />
                </Field>
                <Field id={`${prefix}-colour`} label={text.colour} errors={errorsOf("colour")}>
                  <input id={`${prefix}-colour`} type="color" value={row.colour} onChange={(event) => onChangeRow(row.rowId, { colour: event.target.value })} />
                </Field>
                <Field id={`${prefix}-value`} label={text.value} hint={text.valueHint} errors={errorsOf("value")}>
                  <input
                    id={`${prefix}-value`}
                    type="number"
                    step={1}
                    inputMode="numeric"
                    dir="ltr"
                    value={row.value}
                    onChange={(event) => onChangeRow(row.rowId, { value: event.target.value })}
                  />
                </Field>
                <button type="button" className="button-quiet" disabled={rows.length <= 2} onClick={() => onRemoveRow(row.rowId)}>
                  {format(text.removeRating, { number })}
                </button>
              </fieldset>
            );
          })}
          <div className="actions">
            <button type="button" disabled={rows.length >= 20} onClick={onAddRow}>
              {text.addRating}
            </button>
            <button type="submit" className="button-primary">
              {text.create}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
