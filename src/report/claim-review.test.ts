import { describe, expect, it } from "vitest";
import { renderClaimReviews, serialiseJsonLd } from "./claim-review";
import type { ReportClaim, ReportDto } from "./types";

function claim(overrides: Partial<ReportClaim>): ReportClaim {
  return {
    id: "c1",
    quote: "أكثر من 100 مليار رسالة",
    claimReviewed: "",
    context: { before: "", quote: "أكثر من 100 مليار رسالة", after: "" },
    position: { start: 0, end: 10 },
    normalisedValue: null,
    verdict: null,
    status: "in_review",
    corrections: [],
    sources: [],
    ...overrides,
  };
}

const report = (claims: ReportClaim[]): ReportDto => ({
  article: { id: "a1", title: "واتساب يحقق شعبية قياسية", language: "ar", direction: "rtl" },
  generatedAt: "2026-11-25T10:00:00.000Z",
  ratingScale: { bestRating: 6, worstRating: 1 },
  claims,
});

const verdict = {
  rating: "mostly-true",
  ratingLabel: "صحيح في معظمه",
  ratingValue: 5,
  colour: "#5a9e2f",
  explanation: "قريب من الرقم الرسمي.",
  author: "مراجعة",
  date: "2026-11-25",
};

describe("renderClaimReviews", () => {
  it("describes each published verdict as a schema.org ClaimReview with its rating on the scale", () => {
    const reviews = renderClaimReviews(report([claim({ verdict, claimReviewed: "أرسل 100 مليار رسالة ليلة رأس السنة" }), claim({ id: "c2" })]), {
      reportUrl: "https://tahqiq.example/articles/a1/report",
      organisation: "تحقيق",
    });
    expect(reviews).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://tahqiq.example/articles/a1/report#claim-c1",
        claimReviewed: "أرسل 100 مليار رسالة ليلة رأس السنة",
        datePublished: "2026-11-25",
        inLanguage: "ar",
        author: { "@type": "Organization", name: "تحقيق" },
        reviewRating: {
          "@type": "Rating",
          ratingValue: 5,
          bestRating: 6,
          worstRating: 1,
          alternateName: "صحيح في معظمه",
          ratingExplanation: "قريب من الرقم الرسمي.",
        },
        itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork", headline: "واتساب يحقق شعبية قياسية" }, text: "أكثر من 100 مليار رسالة" },
      },
    ]);
  });

  it("gives an unverifiable claim its label without a number, and falls back to the quote", () => {
    const [review] = renderClaimReviews(report([claim({ verdict: { ...verdict, ratingValue: null, ratingLabel: "لا يمكن التحقق منه" } })]), {
      reportUrl: "https://x.example/r",
      organisation: "o",
    });
    expect(review).toMatchObject({ claimReviewed: "أكثر من 100 مليار رسالة", reviewRating: { alternateName: "لا يمكن التحقق منه" } });
    expect(review!.reviewRating).not.toHaveProperty("ratingValue");
  });

  it("serialises JSON-LD so that no text can close the script element", () => {
    const json = serialiseJsonLd({ text: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script");
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" });
  });
});
