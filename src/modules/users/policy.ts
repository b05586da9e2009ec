import { assertRole } from "@/auth/current-user";
import type { CurrentUser } from "@/auth/current-user";

export function assertCanManageUsers(actor: CurrentUser): void {
  assertRole(actor, "admin", "manage users");
}
