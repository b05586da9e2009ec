import { z } from "zod";

export const roles = ["viewer", "reviewer", "editor", "admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

const rank: Record<Role, number> = { viewer: 0, reviewer: 1, editor: 2, admin: 3 };

/** Roles are cumulative: reviewer ⊂ editor ⊂ admin. */
export function hasRoleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}
