// Calls route handlers the way Next does, without a server: a Request in, a Response out.
import type { Role } from "@/lib/history/actor";
import { tokenFor } from "./test-accounts";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

interface CallOptions<P> {
  params?: P;
  /** A value to send as JSON, or a raw string body. */
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  /** Whose API token the request carries: an admin's unless said otherwise; null for none. */
  as?: Role | null;
}

/** Invokes `handler` with a request to `path` and returns the status and parsed JSON body. */
export async function callRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  method: string,
  path: string,
  options: CallOptions<P> = {},
  // Tests read response bodies field by field; typing every body would only restate the schemas.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const url = new URL(path, "http://test.invalid");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const hasJson = options.json !== undefined;
  const role = options.as === undefined ? "admin" : options.as;
  const authorization: Record<string, string> = role
    ? { authorization: `Bearer ${await tokenFor(role)}` }
    : {};
  const request = new Request(url, {
    method,
    headers: {
      ...(hasJson ? { "content-type": "application/json" } : {}),
      ...authorization,
      ...options.headers,
    },
    body: hasJson ? JSON.stringify(options.json) : options.body,
  });
  const params = (options.params ?? {}) as P;
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
  };
}

/** A text no other test uses, so every test owns its rows. */
export function uniqueText(label: string): string {
  return `${label} — ${crypto.randomUUID()}\u00a0“quoted” line\r\nsecond line`;
}
