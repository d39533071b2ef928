import { NextResponse, type NextRequest } from "next/server";
import { configuredHostPolicy, type HostPolicy } from "@/lib/http/allowed-hosts";
import { refusalFor } from "@/lib/http/request-guard";
import { refusalFormat, refusalResponse } from "@/lib/http/refusal";
import { isFramable, newNonce, securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every request but those to the JSON API (see `config`): refuses what the app must
 * not answer (foreign Host names, broken addresses, cross-site writes, unreadable server action
 * bodies) with a 4xx the client can read, and gives every response its browser defences (CSP
 * with a fresh nonce, framing, nosniff, referrer and cache rules). The rules themselves live in
 * lib/http; the app's own server applies the same ones to the API (scripts/lib/app-server.ts).
 */
export async function proxy(request: NextRequest) {
  const path = new URL(request.url).pathname;
  const headers = securityHeaders(path, {
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
  });
  const refusal = await refusalFor(request, hosts());
  if (refusal) {
    const format = refusalFormat(path, request.headers);
    return withHeaders(refusalResponse(refusal, format, request.method === "POST"), headers);
  }
  const signIn = await privateInstanceSignIn(request, path);
  if (signIn) return withHeaders(signIn, headers);
  const forwarded = new Headers(request.headers);
  // Next.js takes the nonce for the scripts it renders from the request's CSP header.
  const csp = headers["Content-Security-Policy"];
  if (csp) forwarded.set("Content-Security-Policy", csp);
  // Embeds are pages without the site's navigation; the layout learns which it renders here
  // (set on every request, so a client cannot choose).
  forwarded.set(EMBED_HEADER, isFramable(path) ? "1" : "0");
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

/** The request header that tells the root layout it renders an embed (app/layout.tsx). */
const EMBED_HEADER = "x-crosscheck-embed";

export const config = {
  // Every request but those the app's own server has already checked as requests to the JSON
  // API (guardApi in scripts/lib/app-server.ts sets this header on them, and removes it from
  // every other request); Next's own files included: they too get nosniff and the Host check.
  // The name is written out: Next reads this object from the source without running it.
  matcher: [{ source: "/:path*", missing: [{ type: "header", key: "x-crosscheck-api-checked" }] }],
};

// Pages anyone may open on a private instance: signing in, and the files the browser needs for it.
const OPEN_ON_PRIVATE = /^\/(sign-in|_next\/|icon\.svg|favicon\.ico|api\/)/;

/**
 * On a sign-in-only instance (CROSSCHECK_PRIVATE=1), a page request without a valid session goes
 * to the sign-in page. Route handlers check for themselves (they answer 401 JSON, not a redirect).
 */
async function privateInstanceSignIn(request: NextRequest, path: string) {
  if (process.env.CROSSCHECK_PRIVATE !== "1" || OPEN_ON_PRIVATE.test(path)) return null;
  const { actorFromHeaders } = await import("@/lib/auth/actor-from-headers");
  const resolved = await actorFromHeaders(request.headers);
  if (resolved.ok && resolved.actor) return null;
  const target = new URL("/sign-in", request.url);
  target.searchParams.set("next", path);
  return NextResponse.redirect(target, 303);
}

let policy: HostPolicy | undefined;

// Read once: the settings were checked when the server started.
function hosts(): HostPolicy {
  policy ??= configuredHostPolicy();
  return policy;
}

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
