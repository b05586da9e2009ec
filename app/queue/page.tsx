import Link from "next/link";
import { requirePageUser } from "@/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { listMyQueue } from "@/modules/queue/my-queue";

export const dynamic = "force-dynamic";

export default async function QueuePage() {
  const user = await requirePageUser("/queue");
  const [{ messages }, items] = await Promise.all([getMessages(), listMyQueue(user)]);
  return (
    <div className="page narrow">
      <h1>{messages.queue.title}</h1>
      {items.length === 0 ? (
        <p>{messages.queue.empty}</p>
      ) : (
        <ul className="article-list" data-testid="queue">
          {items.map((item) => (
            <li key={item.claimId} className="card">
              <Link href={`/articles/${item.articleId}?claim=${item.claimId}`} lang={item.articleLanguage} dir={item.direction}>
                «{item.quote}»
              </Link>
              <p className="meta">
                <bdi lang={item.articleLanguage}>{item.articleTitle}</bdi>
                <span>{messages.panel.statuses[item.status as keyof typeof messages.panel.statuses] ?? item.status}</span>
                {item.reasons.map((reason) => (
                  <span key={reason}>{messages.queue[reason]}</span>
                ))}
                {item.hasSubmitted && <span>{messages.queue.answered}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
