import { assertRole } from "@/auth/current-user";
import type { CurrentUser } from "@/auth/current-user";
import { hashPassword, verifyPassword } from "@/auth/password";
import { roleSchema } from "@/auth/roles";
import { getDatabase } from "@/db/client";
import { mapDatabaseError } from "@/db/errors";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { assertCanManageUsers } from "./policy";
import { createFirstAdminInputSchema, createUserInputSchema, updateUserInputSchema } from "./schemas";
import type { UserDto } from "./schemas";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  createdAt: Date;
}

function toUserDto(row: UserRow): UserDto {
  return { id: row.id, email: row.email, name: row.name, role: roleSchema.parse(row.role), isActive: row.isActive, createdAt: row.createdAt.toISOString() };
}

const userSelect = { id: true, email: true, name: true, role: true, isActive: true, createdAt: true } as const;

export async function hasAnyUser(): Promise<boolean> {
  return (await getDatabase().user.count()) > 0;
}

/** First run only: creates the first administrator, refused once any user exists. */
export async function createFirstAdmin(input: unknown): Promise<UserDto> {
  const data = parseInput(createFirstAdminInputSchema, input);
  const passwordHash = await hashPassword(data.password);
  const database = getDatabase();
  // Check and insert in one transaction so two racing first-run forms cannot both create an admin.
  return database.$transaction(async (transaction) => {
    if ((await transaction.user.count()) > 0) throw new AppError("forbidden", "An administrator already exists. Sign in instead.");
    const row = await transaction.user.create({ data: { email: data.email, name: data.name, passwordHash, role: "admin" }, select: userSelect });
    return toUserDto(row);
  });
}

export async function createUser(actor: CurrentUser, input: unknown): Promise<UserDto> {
  assertCanManageUsers(actor);
  const data = parseInput(createUserInputSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    const row = await getDatabase().user.create({ data: { email: data.email, name: data.name, passwordHash, role: data.role }, select: userSelect });
    return toUserDto(row);
  } catch (error) {
    return mapDatabaseError(error, `A user with the email ${data.email}`);
  }
}

export async function listUsers(actor: CurrentUser): Promise<UserDto[]> {
  assertCanManageUsers(actor);
  const rows = await getDatabase().user.findMany({ select: userSelect, orderBy: { createdAt: "asc" } });
  return rows.map(toUserDto);
}

export async function updateUser(actor: CurrentUser, userId: string, input: unknown): Promise<UserDto> {
  assertCanManageUsers(actor);
  const data = parseInput(updateUserInputSchema, input);
  if (userId === actor.id && ((data.role && data.role !== "admin") || data.isActive === false)) {
    throw new AppError("forbidden", "You cannot remove your own administrator access; ask another administrator.");
  }
  const database = getDatabase();
  const existing = await database.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!existing) throw notFound("The user");
  const row = await database.user.update({ where: { id: userId }, data, select: userSelect });
  return toUserDto(row);
}

/** Loads the person behind a session or token; inactive users are treated as signed out. */
export async function findActiveUser(userId: string): Promise<CurrentUser | null> {
  const row = await getDatabase().user.findUnique({ where: { id: userId }, select: userSelect });
  if (!row || !row.isActive) return null;
  return { id: row.id, email: row.email, name: row.name, role: roleSchema.parse(row.role) };
}

export async function authenticateWithPassword(email: string, password: string): Promise<CurrentUser | null> {
  const normalisedEmail = email.trim().toLowerCase();
  const row = await getDatabase().user.findUnique({ where: { email: normalisedEmail } });
  if (!row || !row.isActive) return null;
  if (!(await verifyPassword(password, row.passwordHash))) return null;
  return { id: row.id, email: row.email, name: row.name, role: roleSchema.parse(row.role) };
}

/**
 * People who can review (reviewer role or above): names and ids only, for assigning claims and for the
 * articles list's reviewer filter, which also needs deactivated people who reviewed before.
 */
export async function listReviewers(actor: CurrentUser, options: { includeInactive?: boolean } = {}): Promise<{ id: string; name: string; role: string }[]> {
  assertRole(actor, "viewer", "read articles");
  return getDatabase().user.findMany({
    where: { role: { in: ["reviewer", "editor", "admin"] }, ...(options.includeInactive ? {} : { isActive: true }) },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}
