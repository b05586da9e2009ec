import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/auth/session";
import { PrintButton } from "@/components/ui/print-button";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { getArticleReport } from "@/modules/export/article-report";
import { organisationName } from "@/lib/organisation";
import { renderClaimReviews, serialiseJsonLd } from "@/report/claim-review";
import { reportLabels } from "@/report/labels";

async function requestOrigin(): Promise<string> {
  const headerList = await headers();
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost";
  const protocol = headerList.get("x-forwarded-proto") ?? "http";
  return process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `${protocol}://${host}`;
}

export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/articles/${id}/report`);
  const { messages } = await getMessages();
  const report = await getArticleReport(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  // The report itself speaks the article's language and direction; the toolbar follows the interface.
  const labels = reportLabels[report.article.language];
  const origin = await requestOrigin();
  const claimReviews = renderClaimReviews(report, { reportUrl: `${origin}/articles/${id}/report`, organisation: organisationName() });
  return (
    <div className="page report-page">
      {claimReviews.length > 0 && (
        // Built by serialiseJsonLd, which escapes "<": no user text can end the script element.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(claimReviews) }} />
      )}
      <div className="report-toolbar no-print">
        <Link href={`/articles/${id}`}>{messages.report.back}</Link>
        <PrintButton label={messages.report.print} />
        <a href={`/api/articles/${id}/report?format=json&download=1`} download>
          {messages.report.downloadJson}
        </a>
        <a href={`/api/articles/${id}/report?format=markdown&download=1`} download>
          {messages.report.downloadMarkdown}
        </a>
      </div>
      <article className="report" lang={report.article.language} dir={report.article.direction} data-testid="report">
        <header>
          <p className="report-kicker">{labels.heading}</p>
          <h1>{report.article.title}</h1>
          <p className="meta">
            {labels.generated}: <time dir="ltr">{report.generatedAt.slice(0, 10)}</time>
          </p>
        </header>
        {report.claims.length === 0 && <p>{labels.noClaims}</p>}
        {report.claims.map((claim, index) => (
          <section key={claim.id} id={`claim-${claim.id}`} className="report-claim" data-testid="report-claim">
            <h2>
              {labels.claim} {index + 1}
            </h2>
            {claim.claimReviewed && <p className="claim-reviewed">{claim.claimReviewed}</p>}
            <blockquote>
              {claim.context.before}
              <mark>{claim.context.quote}</mark>
              {claim.context.after}
            </blockquote>
            {claim.normalisedValue && (
              <p className="meta">
                {labels.value}: <bdi>{claim.normalisedValue}</bdi>
              </p>
            )}
            {claim.verdict ? (
              <div className="report-verdict">
                <p>
                  <span className="label">{labels.verdict}:</span>{" "}
                  <span className="rating-badge" style={{ backgroundColor: claim.verdict.colour }} data-testid="report-rating">
                    {claim.verdict.ratingLabel}
                  </span>
                  {claim.verdict.author && (
                    <small>
                      {" "}
                      {labels.by} <bdi>{claim.verdict.author}</bdi>
                      {labels.separator}
                      <time dir="ltr">{claim.verdict.date}</time>
                    </small>
                  )}
                </p>
                <p>
                  <span className="label">{labels.explanation}:</span> {claim.verdict.explanation}
                </p>
              </div>
            ) : (
              <p className="meta">
                {labels.verdict}: {labels.underReview}
              </p>
            )}
            {claim.corrections.length > 0 && (
              <div className="report-corrections">
                <h3>{labels.corrections}</h3>
                <ul>
                  {claim.corrections.map((correction) => (
                    <li key={`${correction.date}-${correction.action}-${correction.reason}`}>
                      <time dir="ltr">{correction.date}</time> — {labels.correctionActions[correction.action]}
                      {correction.ratingLabel && <>: {correction.ratingLabel}</>}
                      {correction.by && (
                        <>
                          {" "}
                          ({labels.by} {correction.by})
                        </>
                      )}
                      . {correction.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3>{labels.sources}</h3>
            {claim.sources.length === 0 ? (
              <p className="meta">{labels.noSources}</p>
            ) : (
              <ol className="report-sources">
                {claim.sources.map((source) => (
                  <li key={source.url + source.title}>
                    <span className={`stance stance-${source.stance}`}>{labels.stances[source.stance]}</span>{" "}
                    <a href={source.url} rel="noopener noreferrer nofollow">
                      <bdi>{source.title}</bdi>
                    </a>
                    {source.publisher && (
                      <>
                        {" "}
                        — <bdi>{source.publisher}</bdi>
                      </>
                    )}{" "}
                    <small>
                      ({labels.accessed} <time dir="ltr">{source.accessedAt}</time>)
                    </small>
                    <div className="print-url" dir="ltr">
                      {source.url}
                    </div>
                    {source.excerpt && <q>{source.excerpt}</q>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </article>
    </div>
  );
}
