import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { FingerprintedCache } from "@/lib/cache/fingerprinted-cache";
import { isRecordId } from "@/lib/db/record-id";
import type { HostPolicy } from "@/lib/http/allowed-hosts";
import { PRIMARY_READS_HEADER } from "@/lib/http/primary-reads";
import { publicOrigin } from "@/lib/http/public-origin";
import { headerRefusal } from "@/lib/http/request-guard";
import { newNonce } from "@/lib/http/security-headers";
import { logError } from "@/lib/log";
import { API_CHECKED_HEADER, nodeHeaders } from "./app-server";
import { sendWhole } from "./response-encoding";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface HeldComparisonsOptions {
  hosts: HostPolicy;
  /** The fingerprint of a question's comparison on the primary (lib/questions/fingerprint-sql.ts). */
  fingerprint: (questionId: string) => Promise<string | null>;
  /** CROSSCHECK_PUBLIC_URL: the origin pages write into their links, when set. */
  publicUrl?: string;
  maxBytes?: number;
}

/** A comparison as it was sent: its page, with the CSP nonce each response gets afresh; or its JSON. */
interface Held {
  body: string;
  headers: [string, string | string[]][];
  /** The page's nonce (null for JSON). */
  nonce: string | null;
}

/** The header a comparison that may be held carries: "hit" (sent again) or "miss" (made now). */
export const HELD_HEADER = "x-crosscheck-cache";

// What is held, for anonymous readers only: the comparison page, the one page a newsroom's
// readers open by the thousand and the costliest to render (20 ms of CPU for a 13-claim question,
// against 1 ms for the request itself); and the comparison API's answer (for anyone signed in,
// the route keeps its own: app/api/v1/questions/[id]/comparison-answers.ts). Nothing else: a page
// with a query string, a signed-in reader's page (named in the header, with controls by role), a
// client-side navigation's RSC payload are made every time.
const HELD = [
  { path: /^\/questions\/([^/]+)$/, kind: "page" },
  { path: /^\/api\/v1\/questions\/([^/]+)$/, kind: "json" },
] as const;
type Kind = (typeof HELD)[number]["kind"];
// Next's navigation requests and server actions; a session cookie or a token.
const PERSONAL_HEADERS = [
  "authorization",
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
];
// Headers not kept: they belong to one response, or are set again on the way out. A page's ETag
// (if any) is that of its body with the old nonce; the API's is the question's version.
const PER_RESPONSE = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
  HELD_HEADER,
]);
const MAX_HELD_BYTES = 2 << 20;

interface Ticket {
  id: string;
  key: string;
  kind: Kind;
  fingerprint: string;
}

/**
 * Serves comparisons again while nothing they show has changed. One is held with the fingerprint
 * of the rows it shows (lib/questions/fingerprint-sql.ts). Each request reads the question's
 * fingerprint on the primary first (one small statement) and gets the held comparison only if
 * it is the same: a write on any instance changes it, so no reader ever gets a comparison older
 * than the database. Otherwise it is made, its reads sent to the primary, and held if the
 * fingerprint was the same after as before, so that it shows exactly the rows of that
 * fingerprint. A held page goes out with a fresh CSP nonce in place of the one it was rendered
 * with (in its scripts and its headers), so no two responses share one.
 *
 * Two layers: `lookup` wraps the app inside the API's checks (a held comparison is sent in one
 * write, compressed once); `fill` wraps Next's handler inside the compression, to see the
 * comparison as it was made.
 */
export function heldComparisons(options: HeldComparisonsOptions) {
  const held = new FingerprintedCache<Held>({
    maxBytes: options.maxBytes ?? 64 << 20,
    sizeOf: (entry) => entry.body.length * 2 + 1024,
  });
  const fills = new WeakMap<IncomingMessage, Ticket>();

  const lookup =
    (handler: Handler): Handler =>
    async (request, response) => {
      // Only this server asks for the primary's rows, whatever a client sent.
      delete request.headers[PRIMARY_READS_HEADER];
      const target = heldTarget(request, options);
      if (!target) return handler(request, response);
      let fingerprint: string | null;
      try {
        fingerprint = await options.fingerprint(target.id);
      } catch (error) {
        logError("held_comparisons.fingerprint", error, { url: request.url });
        return handler(request, response);
      }
      if (fingerprint === null) return handler(request, response);
      const found = target.revalidate ? undefined : held.get(target.key, fingerprint);
      if (found) {
        try {
          return sendHeld(request, response, found);
        } catch (error) {
          // Nothing sent yet (headers are set, then sent in one write): make it instead.
          logError("held_comparisons.send", error, { url: request.url });
          if (!response.headersSent) return handler(request, response);
          response.destroy();
          return;
        }
      }
      fills.set(request, { ...target, fingerprint });
      request.headers[PRIMARY_READS_HEADER] = "1";
      response.setHeader(HELD_HEADER, "miss");
      return handler(request, response);
    };

  const fill =
    (handler: Handler): Handler =>
    (request, response) => {
      const ticket = fills.get(request);
      if (ticket)
        capture(response, ticket.kind, async (made) => {
          try {
            if ((await options.fingerprint(ticket.id)) === ticket.fingerprint)
              held.set(ticket.key, ticket.fingerprint, made);
          } catch (error) {
            logError("held_comparisons.fingerprint", error, { url: request.url });
          }
        });
      return handler(request, response);
    };

  return { lookup, fill };
}

/** The question, kind and key of the comparison this request may be served from, or null. */
function heldTarget(
  request: IncomingMessage,
  options: HeldComparisonsOptions,
): { id: string; key: string; kind: Kind; revalidate: boolean } | null {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  const match = HELD.map((held) => ({ kind: held.kind, id: held.path.exec(url)?.[1] })).find(
    (found) => found.id !== undefined,
  );
  if (!match?.id || !isRecordId(match.id)) return null;
  if (PERSONAL_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (/(^|;)\s*crosscheck\./.test(request.headers.cookie ?? "")) return null;
  const headers = nodeHeaders(request);
  // A page proxy.ts would refuse goes on to it, to be refused there; the API's requests come
  // here checked already (guardApi).
  if (match.kind === "page" && headerRefusal("GET", url, headers, options.hosts)) return null;
  if (match.kind === "json" && request.headers[API_CHECKED_HEADER] !== "1") return null;
  // Pages write the address they were reached at into their links (JSON-LD, embed code).
  const origin = publicOrigin(
    `http://${headers.get("host") ?? "localhost"}/`,
    headers,
    options.publicUrl,
  );
  const revalidate = /\bno-cache\b/i.test(headers.get("cache-control") ?? "");
  return { id: match.id, kind: match.kind, key: `${origin}${url}`, revalidate };
}

function sendHeld(request: IncomingMessage, response: ServerResponse, held: Held): void {
  const nonce = held.nonce === null ? null : newNonce();
  const fresh = (text: string) =>
    held.nonce === null || nonce === null ? text : text.replaceAll(held.nonce, nonce);
  for (const [name, value] of held.headers)
    response.setHeader(name, Array.isArray(value) ? value.map(fresh) : fresh(value));
  response.setHeader(HELD_HEADER, "hit");
  response.statusCode = 200;
  sendWhole(request, response, Buffer.from(fresh(held.body)));
}

/**
 * Calls `done` with the comparison `response` sends, once it is sent whole: a 200 HTML page with
 * a CSP nonce, or 200 JSON, with no cookie, of at most MAX_HELD_BYTES. Sees the body as Next
 * writes it, before any compression.
 */
function capture(response: ServerResponse, kind: Kind, done: (made: Held) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let headers: OutgoingHttpHeaders | null = null;
  let usable = true;
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const [status, ...rest] = args;
    const given = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (status !== 200 || Array.isArray(given)) usable = false;
    headers = { ...response.getHeaders(), ...(given as OutgoingHttpHeaders | undefined) };
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!usable || chunk == null || typeof chunk === "function") return;
    const bytes =
      chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(
            String(chunk),
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          );
    size += bytes.length;
    if (size > MAX_HELD_BYTES) usable = false;
    else chunks.push(bytes);
  };
  const write = response.write;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  const end = response.end;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  response.once("finish", () => {
    const made =
      usable && headers ? heldAs(kind, headers, Buffer.concat(chunks).toString("utf8")) : null;
    if (made) done(made);
  });
}

function heldAs(kind: Kind, headers: OutgoingHttpHeaders, body: string): Held | null {
  if (headers["set-cookie"] !== undefined) return null;
  const type = String(headers["content-type"] ?? "");
  let nonce: string | null = null;
  if (kind === "page") {
    if (!/^text\/html\b/.test(type)) return null;
    nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
    if (!nonce) return null;
    // A part that failed to render (React marks its place with the error's digest): a passing
    // failure must not be served again.
    if (body.includes(' data-dgst="')) return null;
  } else if (!/^application\/json\b/.test(type)) return null;
  const kept: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !PER_RESPONSE.has(name.toLowerCase()))
      if (kind === "json" || name.toLowerCase() !== "etag")
        kept.push([name, Array.isArray(value) ? value : String(value)]);
  return { body, headers: kept, nonce };
}
