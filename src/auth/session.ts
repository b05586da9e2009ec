import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { findUserByApiToken } from "@/modules/users/api-tokens";
import { findActiveUser, hasAnyUser } from "@/modules/users/users";
import type { CurrentUser } from "./current-user";
import { getAuthOptions } from "./options";
import { getAuthSecret } from "./secret";

/** API calls: a personal token (Authorization: Bearer) or the browser's session cookie. */
export async function resolveRequestUser(request: NextRequest): Promise<CurrentUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError("unauthenticated", "The Authorization header must be: Bearer <token>.");
    const user = await findUserByApiToken(match[1]);
    if (!user) throw new AppError("unauthenticated", "This API token is not valid or has been revoked.");
    return user;
  }
  const token = await getToken({ req: request, secret: getAuthSecret() });
  return token?.sub ? findActiveUser(token.sub) : null;
}

export async function requireRequestUser(request: NextRequest): Promise<CurrentUser> {
  const user = await resolveRequestUser(request);
  if (!user) throw new AppError("unauthenticated", "Sign in, or send a personal API token as Authorization: Bearer <token>.");
  return user;
}

/** Server components and server actions: the session's user, or null. */
export async function getSessionUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(getAuthOptions());
  const userId = (session as { userId?: unknown } | null)?.userId;
  return typeof userId === "string" ? findActiveUser(userId) : null;
}

/** Pages: anonymous visitors go to first-run setup (no users yet) or to sign-in. */
export async function requirePageUser(returnTo: string): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (user) return user;
  if (!(await hasAnyUser())) redirect("/setup");
  redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
}
