import { EventEmitter } from "node:events";

/** What open article pages hear about: enough to refetch, never the data itself (each viewer refetches through its own permissions). */
export type LiveEvent =
  | { type: "claim"; articleId: string; claimId: string; actorId: string | null }
  | { type: "article"; articleId: string; actorId: string | null }
  | { type: "presence"; articleId: string; viewers: { userId: string; name: string; claimId: string | null }[] };

// One process serves the app (embedded SQLite), so an in-process bus reaches every open page. Several
// processes (PostgreSQL deployments) would need a shared channel such as LISTEN/NOTIFY instead.
const globalForEvents = globalThis as unknown as { tahqiqLiveEvents?: EventEmitter };
function bus(): EventEmitter {
  if (!globalForEvents.tahqiqLiveEvents) {
    globalForEvents.tahqiqLiveEvents = new EventEmitter();
    globalForEvents.tahqiqLiveEvents.setMaxListeners(0);
  }
  return globalForEvents.tahqiqLiveEvents;
}

export function publishLiveEvent(event: LiveEvent): void {
  bus().emit(`article:${event.articleId}`, event);
}

export function subscribeToArticle(articleId: string, listener: (event: LiveEvent) => void): () => void {
  const channel = `article:${articleId}`;
  bus().on(channel, listener);
  return () => bus().off(channel, listener);
}

interface PresenceEntry {
  userId: string;
  name: string;
  claimId: string | null;
  seenAt: number;
}

const presenceLifetime = 30_000;
const globalForPresence = globalThis as unknown as { tahqiqPresence?: Map<string, Map<string, PresenceEntry>> };
const presence = (globalForPresence.tahqiqPresence ??= new Map());

function currentViewers(articleId: string): PresenceEntry[] {
  const entries = presence.get(articleId);
  if (!entries) return [];
  const now = Date.now();
  for (const [key, entry] of entries) if (now - entry.seenAt > presenceLifetime) entries.delete(key);
  return [...entries.values()];
}

/** Records who looks at which claim (a connection id per open page) and tells the other pages. */
export function updatePresence(articleId: string, connectionId: string, viewer: { userId: string; name: string; claimId: string | null } | null): void {
  const entries = presence.get(articleId) ?? new Map<string, PresenceEntry>();
  presence.set(articleId, entries);
  if (viewer) entries.set(connectionId, { ...viewer, seenAt: Date.now() });
  else entries.delete(connectionId);
  publishLiveEvent({
    type: "presence",
    articleId,
    viewers: currentViewers(articleId).map(({ userId, name, claimId }) => ({ userId, name, claimId })),
  });
}
