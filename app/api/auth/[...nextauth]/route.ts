import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// GET|POST /api/auth/* – next-auth (sign-in with email and password, sign-out, session).
// Options are built per request so the secret is read at run time, never at build time.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return (await NextAuth(request, { params: await context.params }, getAuthOptions())) as Response;
}
export { handler as GET, handler as POST };
