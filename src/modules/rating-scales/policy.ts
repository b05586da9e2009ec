import { assertRole } from "@/auth/current-user";
import type { CurrentUser } from "@/auth/current-user";
import { hasRoleAtLeast } from "@/auth/roles";

export const canManageRatingScales = (user: CurrentUser): boolean => hasRoleAtLeast(user.role, "admin");

/** Every signed-in role reads scales: reviewers pick ratings from them, viewers read the verdicts. */
export function assertCanReadRatingScales(actor: CurrentUser): void {
  assertRole(actor, "viewer", "read rating scales");
}

export function assertCanManageRatingScales(actor: CurrentUser): void {
  assertRole(actor, "admin", "manage rating scales");
}
