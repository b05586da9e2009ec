import { assertRole } from "@/auth/current-user";
import type { CurrentUser } from "@/auth/current-user";
import { hasRoleAtLeast } from "@/auth/roles";

export const canEditArticles = (user: CurrentUser): boolean => hasRoleAtLeast(user.role, "editor");

export function assertCanReadArticles(actor: CurrentUser): void {
  assertRole(actor, "viewer", "read articles");
}

export function assertCanEditArticles(actor: CurrentUser): void {
  assertRole(actor, "editor", "create, edit or delete articles");
}
