import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/auth/current-user";
import { AppError } from "@/lib/errors";
import { createClaim, updateClaim } from "@/modules/claims/claims";
import type { ClaimDto } from "@/modules/claims/schemas";
import { createTestUsers } from "@/test/factories";
import { createArticle, getArticle } from "./articles";
import { reviseArticle } from "./revise-article";
import { getRevision, listRevisions } from "./revisions";

const original = [
  "قالت الشركة إن أكثر من 100 مليار رسالة أُرسلت ليلة رأس السنة.",
  "وأرسل الهنود أكثر من 20 مليار رسالة في تلك الليلة وحدها.",
  "ويضم التطبيق 50 مليون حساب تجاري حول العالم.",
  "وتوقع المحللون أن يستمر النمو خلال العام المقبل بوتيرة أسرع.",
].join("\n");

let users: Record<"admin" | "editor" | "reviewer" | "viewer", CurrentUser>;
beforeAll(async () => {
  users = await createTestUsers();
});

const quoteOf = (claim: ClaimDto) => claim.target.selector[0].exact;
const rangeOf = (claim: ClaimDto) => claim.target.selector[1];

async function rangeClaim(articleId: string, text: string, exact: string) {
  const start = text.indexOf(exact);
  return createClaim(users.editor, articleId, { start, end: start + exact.length });
}

describe("article revisions", () => {
  it("re-anchors every claim: moved, changed and orphaned, never deleted; dismissals stay", async () => {
    const article = await createArticle(users.editor, { title: "مراجعة", text: original });
    const hundred = article.claims.find((claim) => quoteOf(claim).includes("100 مليار"))!;
    const fifty = article.claims.find((claim) => quoteOf(claim).includes("50 مليون"))!;
    await updateClaim(users.editor, hundred.id, { version: hundred.version, status: "open" });
    await updateClaim(users.editor, fifty.id, { version: fifty.version, status: "dismissed" });
    const moved = await rangeClaim(article.id, original, "ليلة رأس السنة");
    const changed = await rangeClaim(article.id, original, "يستمر النمو خلال العام المقبل");
    const orphaned = await rangeClaim(article.id, original, "في تلك الليلة وحدها");

    const revisedText = [
      "تحديث: أضيفت أرقام جديدة.",
      "قالت الشركة إن أكثر من 100 مليار رسالة أُرسلت ليلة رأس السنة.",
      "ويضم التطبيق 50 مليون حساب تجاري حول العالم، و2 مليار مستخدم.",
      "وتوقع المحللون أن يتواصل النمو خلال العام المقبل بوتيرة أسرع.",
    ].join("\n");
    const current = await getArticle(users.editor, article.id);
    const revised = await reviseArticle(users.editor, article.id, { version: current.version, text: revisedText, note: "تصحيح" });

    expect(revised.revisionNumber).toBe(2);
    expect(revised.text).toBe(revisedText);
    const byId = new Map(revised.claims.map((claim) => [claim.id, claim]));
    expect(byId.size).toBe(revised.claims.length);

    const movedAfter = byId.get(moved.id)!;
    expect(movedAfter.anchoring.status).toBe("moved");
    expect(revisedText.slice(rangeOf(movedAfter).start, rangeOf(movedAfter).end)).toBe("ليلة رأس السنة");

    const changedAfter = byId.get(changed.id)!;
    expect(changedAfter.anchoring.status).toBe("changed");
    expect(changedAfter.anchoring.previousExact).toBe("يستمر النمو خلال العام المقبل");
    expect(quoteOf(changedAfter)).toBe(revisedText.slice(rangeOf(changedAfter).start, rangeOf(changedAfter).end));
    expect(quoteOf(changedAfter)).toContain("النمو خلال العام المقبل");

    const orphanAfter = byId.get(orphaned.id)!;
    expect(orphanAfter.anchoring.status).toBe("orphan");
    expect(quoteOf(orphanAfter)).toBe("في تلك الليلة وحدها");

    const hundredAfter = byId.get(hundred.id)!;
    expect(hundredAfter.status).toBe("open");
    expect(["moved", "anchored"]).toContain(hundredAfter.anchoring.status);

    // The dismissed suggestion is still dismissed, and the detector did not suggest it again.
    expect(byId.get(fifty.id)!.status).toBe("dismissed");
    expect(revised.claims.filter((claim) => quoteOf(claim).includes("50 مليون"))).toHaveLength(1);
    // The new number in the revision is a new suggestion.
    expect(revised.claims.some((claim) => claim.status === "suggested" && quoteOf(claim).includes("2 مليار"))).toBe(true);

    const revisions = await listRevisions(users.viewer, article.id);
    expect(revisions.map((revision) => revision.number)).toEqual([2, 1]);
    expect(revisions[0]!.note).toBe("تصحيح");
    expect((await getRevision(users.viewer, article.id, 1)).text).toBe(original);
  });

  it("re-attaches an orphan to newly selected text", async () => {
    const article = await createArticle(users.editor, { title: "يتيم", text: original });
    const orphan = await rangeClaim(article.id, original, "في تلك الليلة وحدها");
    const revisedText = original.replace(" في تلك الليلة وحدها", "");
    const revised = await reviseArticle(users.editor, article.id, { version: article.version, text: revisedText });
    const orphanAfter = revised.claims.find((claim) => claim.id === orphan.id)!;
    expect(orphanAfter.anchoring.status).toBe("orphan");

    const target = "أكثر من 20 مليار رسالة";
    const start = revisedText.indexOf(target);
    const attached = await updateClaim(users.editor, orphan.id, { version: orphanAfter.version, range: { start, end: start + target.length } });
    expect(attached.anchoring).toMatchObject({ status: "anchored", revision: 2 });
    expect(quoteOf(attached)).toBe(target);
  });

  it("refuses a stale revision (409, nothing written) and a reviewer's revision (403)", async () => {
    const article = await createArticle(users.editor, { title: "تزامن", text: original });
    await reviseArticle(users.editor, article.id, { version: article.version, text: `${original}\nسطر جديد.` });
    const stale = reviseArticle(users.admin, article.id, { version: article.version, text: "نص آخر تماماً" });
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    const after = await getArticle(users.viewer, article.id);
    expect(after.revisionNumber).toBe(2);
    expect(after.text).toBe(`${original}\nسطر جديد.`);
    await expect(reviseArticle(users.reviewer, article.id, { version: after.version, text: "x" })).rejects.toBeInstanceOf(AppError);
    await expect(reviseArticle(users.reviewer, article.id, { version: after.version, text: "x" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
