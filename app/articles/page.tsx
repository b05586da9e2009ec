import Link from "next/link";
import { requirePageUser } from "@/auth/session";
import { NewArticleForm } from "@/components/ui/new-article-form";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { listArticles } from "@/modules/articles/articles";
import { canEditArticles } from "@/modules/articles/policy";

export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const user = await requirePageUser("/articles");
  const [{ messages }, articles] = await Promise.all([getMessages(), listArticles(user)]);
  return (
    <div className="page">
      <h1>{messages.articles.title}</h1>
      {articles.length === 0 ? (
        <p>{messages.articles.empty}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id} className="card">
              <Link href={`/articles/${article.id}`} lang={article.language} dir={article.direction} className="article-link">
                {article.title}
              </Link>
              <p className="meta">
                <span>{format(messages.articles.claims, { count: article.claimCount })}</span>
                <span>{format(messages.articles.suggestions, { count: article.suggestionCount })}</span>
                <Link href={`/articles/${article.id}/report`}>{messages.articles.report}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canEditArticles(user) && (
        <section className="card">
          <h2>{messages.articles.newTitle}</h2>
          <NewArticleForm messages={messages} />
        </section>
      )}
    </div>
  );
}
