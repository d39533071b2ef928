/**
 * A list's cursor as an opaque, URL-safe token: its JSON, UTF-8, in base64url. Shared by every
 * keyset-paged list; each list checks the fields of what it decodes.
 */
export function encodeCursorToken(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** What a token holds, or null when it is not base64url of UTF-8 JSON. */
export function decodeCursorToken(token: string): unknown {
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return null;
  }
}
