import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticateWithPassword } from "@/modules/users/users";
import { getAuthSecret } from "./secret";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure, signInThrottledError } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(200) });

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          // Refused without checking the password, so guessing gains nothing while throttled.
          if (isSignInThrottled(email)) throw new Error(signInThrottledError);
          const user = await authenticateWithPassword(email, password);
          if (!user) {
            recordSignInFailure(email);
            return null;
          }
          clearSignInFailures(email);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      // The token carries only the user id: role and status are read fresh on every request,
      // so a changed role or a deactivated account takes effect at once.
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}

let cachedOptions: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  cachedOptions ??= buildAuthOptions();
  return cachedOptions;
}
