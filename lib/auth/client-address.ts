/**
 * The address a request came from, as the server in front of the app reports it. Crosscheck's
 * own server (scripts/serve.ts) sets x-crosscheck-client-ip from the connection and drops any a
 * client sends; behind a reverse proxy, CROSSCHECK_TRUST_PROXY=1 takes the proxy's
 * X-Forwarded-For instead.
 */
export function clientAddress(headers: Headers | undefined): string | null {
  if (!headers) return null;
  const own = headers.get("x-crosscheck-client-ip");
  if (own) return own;
  if (process.env.CROSSCHECK_TRUST_PROXY === "1")
    return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  return null;
}
