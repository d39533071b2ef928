/**
 * The address a request came from, as the server in front of the app reports it. Crosscheck's
 * own server (scripts/serve.ts) sets x-crosscheck-client-ip from the connection and drops any a
 * client sends. Behind a reverse proxy that connection is the proxy's, so with
 * CROSSCHECK_TRUST_PROXY=1 the address comes from X-Forwarded-For instead: its last entry, the
 * one the proxy itself appended — earlier entries are whatever the client chose to send.
 */
export function clientAddress(headers: Headers | undefined): string | null {
  if (!headers) return null;
  if (process.env.CROSSCHECK_TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get("x-crosscheck-client-ip") || null;
}
