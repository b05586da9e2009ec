import { describe, expect, it } from "vitest";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("refuses an address after 8 failures within 15 minutes, and lets it in again after", () => {
    const start = 1_000_000;
    for (let attempt = 0; attempt < 7; attempt += 1) recordSignInFailure("Reviewer@Example.test", start + attempt);
    expect(isSignInThrottled("reviewer@example.test", start + 10)).toBe(false);
    recordSignInFailure("reviewer@example.test", start + 11);
    expect(isSignInThrottled(" REVIEWER@example.test ", start + 12)).toBe(true);
    expect(isSignInThrottled("other@example.test", start + 12)).toBe(false);
    expect(isSignInThrottled("reviewer@example.test", start + 15 * 60 * 1000 + 12)).toBe(false);
  });

  it("forgets failures after a successful sign-in", () => {
    for (let attempt = 0; attempt < 8; attempt += 1) recordSignInFailure("editor@example.test");
    expect(isSignInThrottled("editor@example.test")).toBe(true);
    clearSignInFailures("editor@example.test");
    expect(isSignInThrottled("editor@example.test")).toBe(false);
  });
});
