import { AppError } from "@/lib/errors";
import { hasRoleAtLeast } from "./roles";
import type { Role } from "./roles";

/** The signed-in person as every use case sees it: no password hash, nothing else from the row. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function assertRole(user: CurrentUser, minimum: Role, action: string): void {
  if (!hasRoleAtLeast(user.role, minimum)) {
    throw new AppError("forbidden", `Your role (${user.role}) does not allow you to ${action}; it needs ${minimum} or above.`);
  }
}
