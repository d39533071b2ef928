/**
 * Where to go after signing in: a path of this site, else "/". Never another origin — not
 * "//evil.example", and not "/\evil.example" either, which browsers read as "//evil.example".
 */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : "/";
}
