/**
 * The origin people reach the app at, for absolute links in exports and embed codes: the
 * configured public address, else the request's own host (already checked against the allowed
 * hosts before the app runs), with the scheme a reverse proxy reports.
 */
export function publicOrigin(
  requestUrl: string,
  headers: Pick<Headers, "get">,
  publicUrl?: string,
): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const url = new URL(requestUrl);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  return host ? `${scheme}://${host}` : url.origin;
}
