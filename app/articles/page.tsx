import Link from "next/link";
import { requirePageUser } from "@/auth/session";
import { NewArticleForm } from "@/components/ui/new-article-form";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { listArticles } from "@/modules/articles/articles";
import { canEditArticles } from "@/modules/articles/policy";
import { listRatingScales } from "@/modules/rating-scales/manage-scales";
import { listReviewers } from "@/modules/users/users";

export const dynamic = "force-dynamic";

const statuses = ["suggested", "open", "in_review", "verdict_proposed", "published", "dismissed"] as const;

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/articles");
  const raw = await searchParams;
  const filters = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
  const [{ messages, locale }, articles, people, scales] = await Promise.all([
    getMessages(),
    listArticles(user, filters),
    listReviewers(user, { includeInactive: true }),
    listRatingScales(user),
  ]);
  // Articles may use different scales: the filter offers every rating once, by key.
  const ratings = [...new Map(scales.flatMap((scale) => scale.ratings).map((rating) => [rating.key, rating])).values()];
  const labels = messages.articles;
  return (
    <div className="page">
      <h1>{labels.title}</h1>
      <form className="filters card" method="get" role="search">
        <div className="field">
          <label htmlFor="filter-q">{labels.search}</label>
          <input id="filter-q" name="q" type="search" dir="auto" defaultValue={filters.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">{labels.filterStatus}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{labels.any}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {messages.panel.statuses[status]}
              </option>
            ))}
          </select>
        </div>
        {ratings.length > 0 && (
          <div className="field">
            <label htmlFor="filter-verdict">{labels.filterVerdict}</label>
            <select id="filter-verdict" name="verdict" defaultValue={filters.verdict ?? ""}>
              <option value="">{labels.any}</option>
              {ratings.map((rating) => (
                <option key={rating.key} value={rating.key}>
                  {rating.labels[locale]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="filter-reviewer">{labels.filterReviewer}</label>
          <select id="filter-reviewer" name="reviewer" defaultValue={filters.reviewer ?? ""}>
            <option value="">{labels.any}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-language">{labels.filterLanguage}</label>
          <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{labels.any}</option>
            <option value="ar">{labels.languageAr}</option>
            <option value="en">{labels.languageEn}</option>
          </select>
        </div>
        <button type="submit">{labels.applyFilters}</button>
      </form>
      {articles.length === 0 ? (
        <p>{Object.keys(filters).length > 0 ? labels.noMatch : labels.empty}</p>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {articles.map((article) => (
            <li key={article.id} className="card">
              <Link href={`/articles/${article.id}`} lang={article.language} dir={article.direction} className="article-link">
                {article.title}
              </Link>
              <p className="meta progress">
                <span data-testid="article-progress">
                  {format(labels.progress, {
                    total: article.claimCount,
                    review: article.inReviewCount,
                    published: article.publishedCount,
                    suggestions: article.suggestionCount,
                  })}
                </span>
                <Link href={`/articles/${article.id}/report`}>{labels.report}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canEditArticles(user) && (
        <section className="card">
          <h2>{labels.newTitle}</h2>
          <NewArticleForm messages={messages} />
        </section>
      )}
    </div>
  );
}
