"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import type { ManagedRatingScaleDto } from "@/modules/rating-scales/schemas";
import { callApi } from "@/components/ui/api-client";
import { FormError } from "@/components/ui/field";

/** Administrators choose which rating scale an article's verdicts use. */
export function ArticleScalePicker({
  articleId,
  currentScaleId,
  messages,
  locale,
}: {
  articleId: string;
  currentScaleId: string;
  messages: Messages;
  locale: Locale;
}) {
  const router = useRouter();
  const [scales, setScales] = useState<ManagedRatingScaleDto[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void callApi<ManagedRatingScaleDto[]>("GET", "/api/rating-scales").then((result) => {
      if (result.ok) setScales(result.data.filter((scale) => !scale.isRetired || scale.id === currentScaleId));
    });
  }, [currentScaleId]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ratingScaleId = String(new FormData(event.currentTarget).get("ratingScaleId") ?? "");
    const result = await callApi("PUT", `/api/articles/${articleId}/rating-scale`, { ratingScaleId });
    if (!result.ok) return setError(result.message);
    setError(null);
    router.refresh();
  }

  if (scales.length < 2) return null;
  return (
    <form className="inline-form scale-picker" onSubmit={(event) => void onSubmit(event)} aria-label={messages.ratingScales.articleScale}>
      <label htmlFor={`scale-${articleId}`}>{messages.ratingScales.articleScale}</label>
      <select id={`scale-${articleId}`} name="ratingScaleId" defaultValue={currentScaleId}>
        {scales.map((scale) => (
          <option key={scale.id} value={scale.id}>
            {scale.name} ({scale.ratings.map((rating) => rating.labels[locale]).join(locale === "ar" ? "، " : ", ")})
          </option>
        ))}
      </select>
      <button type="submit">{messages.ratingScales.applyToArticle}</button>
      <FormError message={error} />
    </form>
  );
}
