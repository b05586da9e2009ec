// Slows password guessing: after too many failed sign-ins for one address within a window, further
// attempts are refused until the window passes. In memory: one server process (see README, Limits).

/** The error code next-auth hands back to the sign-in form when an address is throttled. */
export const signInThrottledError = "too-many-attempts";

const maximumFailures = 8;
const windowMilliseconds = 15 * 60 * 1000;

const failuresByEmail = new Map<string, number[]>();

function recentFailures(email: string, now: number): number[] {
  const recent = (failuresByEmail.get(email) ?? []).filter((time) => now - time < windowMilliseconds);
  if (recent.length === 0) failuresByEmail.delete(email);
  else failuresByEmail.set(email, recent);
  return recent;
}

export function isSignInThrottled(email: string, now = Date.now()): boolean {
  return recentFailures(email.trim().toLowerCase(), now).length >= maximumFailures;
}

export function recordSignInFailure(email: string, now = Date.now()): void {
  const key = email.trim().toLowerCase();
  failuresByEmail.set(key, [...recentFailures(key, now), now]);
}

export function clearSignInFailures(email: string): void {
  failuresByEmail.delete(email.trim().toLowerCase());
}
