import { notFound } from "next/navigation";
import { requirePageUser } from "@/auth/session";
import { ArticleWorkbench } from "@/components/editor/article-workbench";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { getArticle } from "@/modules/articles/articles";
import { listRevisions } from "@/modules/articles/revisions";
import { canEditClaims, canReviewClaims } from "@/modules/claims/policy";

export const dynamic = "force-dynamic";

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { claim } = await searchParams;
  const user = await requirePageUser(`/articles/${id}`);
  const { locale, messages } = await getMessages();
  const article = await getArticle(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const revisions = await listRevisions(user, id);
  return (
    <ArticleWorkbench
      initialArticle={article}
      initialRevisions={revisions}
      messages={messages}
      locale={locale}
      scale={article.ratingScale}
      currentUserId={user.id}
      initialClaimId={typeof claim === "string" ? claim : null}
      permissions={{ canEditClaims: canEditClaims(user), canReviewClaims: canReviewClaims(user), canManageScales: user.role === "admin" }}
    />
  );
}
