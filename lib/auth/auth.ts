import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { db } from "@/lib/db/client";
import { instanceSecret } from "./instance-secret";
import { clearFailedLogins, loginWait, recordFailedLogin } from "./login-limits";
import { clientAddress } from "./client-address";
import { requestOrigins } from "./request-origins";

/** Passwords shorter than this are refused when set. */
export const MIN_PASSWORD_LENGTH = 10;

function createAuth(secret: string) {
  const publicUrl = process.env.CROSSCHECK_PUBLIC_URL;
  const baseURL = publicUrl ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return betterAuth({
    appName: "Crosscheck",
    baseURL,
    basePath: "/api/auth",
    secret,
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (in the app or with `npm run user:create`), never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 200,
    },
    session: {
      // No cookie cache: every request asks the database, so a sign-out or a revoked session is
      // refused at once on every instance.
      cookieCache: { enabled: false },
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    trustedOrigins: (request) => [baseURL, ...(request ? requestOrigins(request) : [])],
    advanced: {
      cookiePrefix: "crosscheck",
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Our own limits (per account and per address, in PostgreSQL) replace the library's.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    hooks: { before: limitSignIn, after: countSignIn },
    plugins: [admin({ defaultRole: "reader", adminRoles: ["admin"] }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { crosscheckAuth?: Promise<Auth> };

/** The app's one auth instance, made once per process with the instance's secret. */
export function getAuth(): Promise<Auth> {
  return (globalForAuth.crosscheckAuth ??= instanceSecret().then(createAuth));
}

const limitSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
  const wait = await loginWait(email, clientAddress(ctx.headers));
  if (wait > 0)
    throw new APIError("TOO_MANY_REQUESTS", {
      message: `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minutes.`,
      code: "TOO_MANY_ATTEMPTS",
    });
});

const countSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
  const returned = ctx.context.returned;
  if (isAPIError(returned) || returned instanceof Error) {
    if (!(isAPIError(returned) && returned.statusCode === 429))
      await recordFailedLogin(email, clientAddress(ctx.headers));
  } else await clearFailedLogins(email);
});
