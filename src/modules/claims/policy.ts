import { assertRole } from "@/auth/current-user";
import type { CurrentUser } from "@/auth/current-user";
import { hasRoleAtLeast } from "@/auth/roles";

export const canEditClaims = (user: CurrentUser): boolean => hasRoleAtLeast(user.role, "editor");
export const canReviewClaims = (user: CurrentUser): boolean => hasRoleAtLeast(user.role, "reviewer");

export function assertCanEditClaims(actor: CurrentUser): void {
  assertRole(actor, "editor", "create, accept, dismiss or delete claims");
}

export function assertCanReviewClaims(actor: CurrentUser, action: string): void {
  assertRole(actor, "reviewer", action);
}
