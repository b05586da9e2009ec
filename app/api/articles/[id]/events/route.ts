import { randomUUID } from "node:crypto";
import { requireRequestUser } from "@/auth/session";
import { subscribeToArticle, updatePresence } from "@/lib/live-events";
import type { LiveEvent } from "@/lib/live-events";
import { readId } from "@/lib/route-params";
import { apiRoute } from "@/lib/route-handler";
import { assertArticleReadable } from "@/modules/articles/articles";

type Params = { id: string };
export const dynamic = "force-dynamic";

// GET /api/articles/{id}/events – Server-Sent Events: claims changed by others, and who is viewing what
export const GET = apiRoute<Params>(async (request, { params }) => {
  const actor = await requireRequestUser(request);
  const articleId = await readId(params, "The article");
  await assertArticleReadable(actor, articleId);
  const connectionId = randomUUID();
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      send("hello", { connectionId });
      const unsubscribe = subscribeToArticle(articleId, (event: LiveEvent) => {
        // A person's own changes are already on their page; the events only tell the others.
        if (event.type !== "presence" && event.actorId === actor.id) return;
        send(event.type, event);
      });
      // A comment line every 15 s keeps proxies from closing an idle stream.
      const keepAlive = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), 15_000);
      cleanup = () => {
        clearInterval(keepAlive);
        unsubscribe();
        updatePresence(articleId, connectionId, null);
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
  });
});
