// 20 clients make 500 conflicting edits to the same few claims through the API: every accepted write is
// in the history, every refused one got 409, the final state is the last accepted write, and no 5xx.
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";
import { createArticle } from "@/modules/articles/articles";
import { createClaim } from "@/modules/claims/claims";
import { callRoute } from "@/test/call-route";
import type { RouteHandler } from "@/test/call-route";
import { createTestToken, createTestUser } from "@/test/factories";
import * as claimRoute from "../claims/[id]/route";

type Handler = RouteHandler;

async function call(handler: Handler, token: string, id: string, method = "GET", body?: unknown) {
  const reply = await callRoute(handler, { token, id, method, body });
  return { status: reply.status, body: reply.body as { version: number; claimReviewed: string; error?: { current?: { version: number } } } };
}

const clients = 20;
const editsPerClient = 25;
let claimIds: string[] = [];
let tokens: string[] = [];

beforeAll(async () => {
  const editors = await Promise.all(Array.from({ length: clients }, (_, index) => createTestUser("editor", `محرر ${index + 1}`)));
  tokens = await Promise.all(editors.map(createTestToken));
  const text = "الادعاء الأول عن 100 مليار رسالة. الادعاء الثاني عن 12 مليار صورة. الادعاء الثالث عن 50 مليون حساب.";
  const article = await createArticle(editors[0]!, { title: "اختبار التزامن", text });
  claimIds = [];
  for (const quote of ["الادعاء الأول", "الادعاء الثاني", "الادعاء الثالث"]) {
    const start = text.indexOf(quote);
    claimIds.push((await createClaim(editors[0]!, article.id, { start, end: start + quote.length })).id);
  }
});

describe("concurrent edits", () => {
  it("never loses an accepted write and never overwrites silently", { timeout: 120_000 }, async () => {
    const accepted: { claimId: string; version: number; value: string }[] = [];
    const statuses = new Map<number, number>();
    await Promise.all(
      tokens.map(async (token, client) => {
        let knownVersion = new Map<string, number>();
        for (let edit = 0; edit < editsPerClient; edit += 1) {
          const claimId = claimIds[(client + edit) % claimIds.length]!;
          if (!knownVersion.has(claimId) || edit % 3 === 0) {
            const current = await call(claimRoute.GET as Handler, token, claimId);
            knownVersion = new Map(knownVersion).set(claimId, current.body.version);
          }
          const value = `صياغة من العميل ${client} رقم ${edit}`;
          const response = await call(claimRoute.PATCH as Handler, token, claimId, "PATCH", { version: knownVersion.get(claimId), claimReviewed: value });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 200) {
            accepted.push({ claimId, version: response.body.version, value });
            knownVersion.set(claimId, response.body.version);
          } else if (response.status === 409) {
            // The refusal carries the state now: the client continues from it, as the UI does.
            knownVersion.set(claimId, response.body.error!.current!.version);
          }
        }
      }),
    );

    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBe(clients * editsPerClient);
    expect([...statuses.keys()].sort()).toEqual([200, 409]);
    expect(statuses.get(409)).toBeGreaterThan(0);
    expect(accepted.length).toBe(statuses.get(200));

    const database = getDatabase();
    for (const claimId of claimIds) {
      const writes = accepted.filter((write) => write.claimId === claimId).sort((left, right) => left.version - right.version);
      // Versions of accepted writes are consecutive: no two writes won the same version.
      expect(writes.map((write) => write.version)).toEqual(writes.map((_, index) => writes[0]!.version + index));
      const claim = await database.claim.findUniqueOrThrow({ where: { id: claimId } });
      expect(claim.claimReviewed).toBe(writes.at(-1)!.value);
      expect(claim.version).toBe(writes.at(-1)!.version);
      const history = await database.historyEntry.findMany({
        where: { claimId, entityType: "claim", action: "update" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const recorded = history.map((entry) => (JSON.parse(entry.after ?? "{}") as { claimReviewed?: string }).claimReviewed).filter(Boolean);
      expect(recorded.sort()).toEqual(writes.map((write) => write.value).sort());
    }
  });
});
