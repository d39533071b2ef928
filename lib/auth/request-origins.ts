/**
 * The origins a request to the account endpoints may come from besides the public address: the
 * host it was sent to (Host, or the proxy's X-Forwarded-Host), over http or https. Safe to trust
 * because proxy.ts has already refused a Host the app does not answer to (421) and a write whose
 * Origin names another host (403); without it, a browser on http://127.0.0.1:3000 or on a name
 * from CROSSCHECK_ALLOWED_HOSTS could not sign out or change its password, since Next gives the
 * request a URL of its own (localhost) whatever Host was asked for.
 */
export function requestOrigins(request: Request): string[] {
  const origins = [new URL(request.url).origin];
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  for (const host of [request.headers.get("host"), forwarded])
    if (host && /^[a-z0-9.:[\]-]+$/i.test(host)) origins.push(`http://${host}`, `https://${host}`);
  return origins;
}
