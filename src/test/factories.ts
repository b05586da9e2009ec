import { randomUUID } from "node:crypto";
import type { CurrentUser } from "../auth/current-user";
import type { Role } from "../auth/roles";
import { getDatabase } from "../db/client";
import { createApiToken } from "../modules/users/api-tokens";

/** A user of the given role, stored in the test database (password hashing skipped: not under test here). */
export async function createTestUser(role: Role, name = `مستخدم ${role}`): Promise<CurrentUser> {
  const email = `${role}-${randomUUID()}@example.test`;
  const row = await getDatabase().user.create({ data: { email, name, role, passwordHash: "not-a-real-hash" } });
  return { id: row.id, email: row.email, name: row.name, role };
}

export async function createTestUsers(): Promise<Record<Role, CurrentUser>> {
  return {
    admin: await createTestUser("admin"),
    editor: await createTestUser("editor"),
    reviewer: await createTestUser("reviewer"),
    viewer: await createTestUser("viewer"),
  };
}

export async function createTestToken(user: CurrentUser): Promise<string> {
  return (await createApiToken(user, { name: "test" })).token;
}
