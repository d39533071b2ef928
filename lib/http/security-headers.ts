/** Paths under this prefix may be framed by any site (for embedding later); all others by none. */
export const FRAMABLE_PREFIX = "/embed/";

/** What kind of response a path gets, which decides its headers. */
export type PathKind = "page" | "api" | "asset";

interface PolicyOptions {
  /** The per-request nonce that Next.js puts on the scripts it renders. */
  nonce: string;
  /** `next dev` needs eval (React's error overlay) and inline styles (its dev tools). */
  dev: boolean;
  framable: boolean;
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The kind of response a path gets: Next's static files and icons, the JSON API, or a page. */
export function pathKind(path: string): PathKind {
  if (path.startsWith("/_next/static/") || /^\/[\w-]+\.(ico|svg|png|txt)$/.test(path))
    return "asset";
  // "/api" itself is the API's page for people; the endpoints are below it.
  if (path.startsWith("/api/")) return "api";
  return "page";
}

/** True for paths that other sites may frame. */
export function isFramable(path: string): boolean {
  return path.startsWith(FRAMABLE_PREFIX);
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce, and what
 * they load ('strict-dynamic'); nothing is embedded as an object, forms post only here, and the
 * page is framed by nobody unless it is framable.
 */
export function contentSecurityPolicy({ nonce, dev, framable }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (a claim's group colour) cannot carry a nonce; they cannot run code either.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ];
  return directives.join("; ");
}

/**
 * The headers every response of this path carries: CSP and framing rules on pages, no caching
 * of API answers, and everywhere nosniff and a referrer policy.
 *
 * The referrer policy is `same-origin`: links to a source's site reveal nothing about where the
 * reader came from, while the app's own POSTs keep their Origin header (`no-referrer` would make
 * browsers send `Origin: null`, which Next.js refuses for server actions).
 */
export function securityHeaders(
  path: string,
  { nonce, dev }: { nonce: string; dev: boolean },
): Record<string, string> {
  const kind = pathKind(path);
  if (kind === "api") return apiSecurityHeaders(path);
  const headers = everywhere();
  if (kind === "asset") return headers;
  const framable = isFramable(path);
  if (!framable) headers["X-Frame-Options"] = "DENY";
  headers["Content-Security-Policy"] = contentSecurityPolicy({ nonce, dev, framable });
  // Pages are rendered per request (app/layout.tsx); none, form pages above all, may be stored.
  headers["Cache-Control"] = "no-store";
  return headers;
}

/** The headers of an answer of the JSON API (a path under /api/). */
export function apiSecurityHeaders(path: string): Record<string, string> {
  const framable = isFramable(path);
  const headers = everywhere();
  if (!framable) headers["X-Frame-Options"] = "DENY";
  headers["Cache-Control"] = "no-store";
  // JSON is never a document, but if a browser is sent to it, it may run and frame nothing;
  // the sandbox also keeps a downloaded original (a saved web page) out of the app's origin.
  headers["Content-Security-Policy"] =
    `default-src 'none'; frame-ancestors ${framable ? "*" : "'none'"}; sandbox`;
  return headers;
}

function everywhere(): Record<string, string> {
  return { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" };
}
