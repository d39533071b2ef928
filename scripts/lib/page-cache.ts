import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { FingerprintedCache } from "@/lib/cache/fingerprinted-cache";
import { isRecordId } from "@/lib/db/record-id";
import type { HostPolicy } from "@/lib/http/allowed-hosts";
import { PRIMARY_READS_HEADER } from "@/lib/http/primary-reads";
import { publicOrigin } from "@/lib/http/public-origin";
import { headerRefusal } from "@/lib/http/request-guard";
import { newNonce } from "@/lib/http/security-headers";
import { logError } from "@/lib/log";
import { nodeHeaders } from "./app-server";
import { sendWhole } from "./response-encoding";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface PageCacheOptions {
  hosts: HostPolicy;
  /** The fingerprint of a question's comparison on the primary (lib/questions/fingerprint-sql.ts). */
  fingerprint: (questionId: string) => Promise<string | null>;
  /** CROSSCHECK_PUBLIC_URL: the origin pages write into their links, when set. */
  publicUrl?: string;
  maxBytes?: number;
}

/** A rendered page as sent, but for the nonce of its CSP, which each response gets afresh. */
interface HeldPage {
  html: string;
  headers: [string, string | string[]][];
  nonce: string;
}

/** The header a held page's response carries: "hit" (sent again) or "miss" (rendered now). */
export const PAGE_CACHE_HEADER = "x-crosscheck-page-cache";

// A comparison page, for an anonymous reader: the one page a newsroom's readers open by the
// thousand, and the costliest to render (20 ms of CPU for a 13-claim question, against 1 ms
// for the request itself). Nothing else is held: a page with a query string, a signed-in
// reader's page (named in the header, with controls by role), a client-side navigation's RSC
// payload, are rendered every time.
const COMPARISON_PAGE = /^\/questions\/([^/]+)$/;
// Next's navigation requests and server actions; a session cookie or a token.
const PERSONAL_HEADERS = [
  "authorization",
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
];
// Headers a held page does not keep: they belong to one response, or are set again on the way out.
const PER_RESPONSE = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
  "etag",
  PAGE_CACHE_HEADER,
]);
const MAX_PAGE_BYTES = 2 << 20;

/**
 * Serves comparison pages again while nothing they show has changed. A page is held with the
 * fingerprint of the rows it shows (lib/questions/fingerprint-sql.ts). Each request reads the
 * question's fingerprint on the primary first (one small statement) and gets the held page only
 * if it is the same: a write on any instance changes it, so no reader ever gets a page older
 * than the database. Otherwise the page is rendered, its reads sent to the primary, and held if
 * the fingerprint was the same after the render as before it, so that the page shows exactly
 * the rows of that fingerprint. A held page goes out with a fresh CSP nonce in place of the one
 * it was rendered with (in its scripts and its headers), so no two responses share one.
 *
 * Two layers: `lookup` wraps the whole app (a held page is sent in one write, compressed once);
 * `fill` wraps Next's handler inside the compression, to see the page as rendered.
 */
export function pageCache(options: PageCacheOptions) {
  const pages = new FingerprintedCache<HeldPage>({
    maxBytes: options.maxBytes ?? 64 << 20,
    sizeOf: (page) => page.html.length * 2 + 1024,
  });
  const fills = new WeakMap<IncomingMessage, { id: string; key: string; fingerprint: string }>();

  const lookup =
    (handler: Handler): Handler =>
    async (request, response) => {
      // Only this server asks a render to read the primary, whatever a client sent.
      delete request.headers[PRIMARY_READS_HEADER];
      const target = heldPageTarget(request, options);
      if (!target) return handler(request, response);
      let fingerprint: string | null;
      try {
        fingerprint = await options.fingerprint(target.id);
      } catch (error) {
        logError("page_cache.fingerprint", error, { url: request.url });
        return handler(request, response);
      }
      if (fingerprint === null) return handler(request, response);
      const held = target.revalidate ? undefined : pages.get(target.key, fingerprint);
      if (held) {
        try {
          return sendHeld(request, response, held);
        } catch (error) {
          // Nothing sent yet (headers are set, then sent in one write): render it instead.
          logError("page_cache.send", error, { url: request.url });
          if (!response.headersSent) return handler(request, response);
          response.destroy();
          return;
        }
      }
      fills.set(request, { id: target.id, key: target.key, fingerprint });
      request.headers[PRIMARY_READS_HEADER] = "1";
      response.setHeader(PAGE_CACHE_HEADER, "miss");
      return handler(request, response);
    };

  const fill =
    (handler: Handler): Handler =>
    (request, response) => {
      const ticket = fills.get(request);
      if (ticket)
        capture(response, async (page) => {
          try {
            if ((await options.fingerprint(ticket.id)) === ticket.fingerprint)
              pages.set(ticket.key, ticket.fingerprint, page);
          } catch (error) {
            logError("page_cache.fingerprint", error, { url: request.url });
          }
        });
      return handler(request, response);
    };

  return { lookup, fill, heldBytes: () => pages.size };
}

/** The question and the key of the page this request may be served from, or null. */
function heldPageTarget(
  request: IncomingMessage,
  options: PageCacheOptions,
): { id: string; key: string; revalidate: boolean } | null {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  const id = COMPARISON_PAGE.exec(url)?.[1];
  if (!id || !isRecordId(id)) return null;
  if (PERSONAL_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (/(^|;)\s*crosscheck\./.test(request.headers.cookie ?? "")) return null;
  const headers = nodeHeaders(request);
  // What proxy.ts would refuse goes on to it, to be refused there.
  if (headerRefusal("GET", url, headers, options.hosts)) return null;
  // Pages write the address they were reached at into their links (JSON-LD, embed code).
  const origin = publicOrigin(
    `http://${headers.get("host") ?? "localhost"}/`,
    headers,
    options.publicUrl,
  );
  const revalidate = /\bno-cache\b/i.test(headers.get("cache-control") ?? "");
  return { id, key: `${origin}${url}`, revalidate };
}

function sendHeld(request: IncomingMessage, response: ServerResponse, held: HeldPage): void {
  const nonce = newNonce();
  for (const [name, value] of held.headers)
    response.setHeader(
      name,
      Array.isArray(value)
        ? value.map((v) => v.replaceAll(held.nonce, nonce))
        : value.replaceAll(held.nonce, nonce),
    );
  response.setHeader(PAGE_CACHE_HEADER, "hit");
  response.statusCode = 200;
  sendWhole(request, response, Buffer.from(held.html.replaceAll(held.nonce, nonce)));
}

/**
 * Calls `done` with the page `response` sends, once it is sent whole: a 200 HTML page with a
 * CSP nonce and no cookie, of at most MAX_PAGE_BYTES. Sees the body as Next writes it, before
 * any compression.
 */
function capture(response: ServerResponse, done: (page: HeldPage) => void): void {
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
    if (size > MAX_PAGE_BYTES) usable = false;
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
    const page =
      usable && headers ? heldPage(headers, Buffer.concat(chunks).toString("utf8")) : null;
    if (page) done(page);
  });
}

function heldPage(headers: OutgoingHttpHeaders, html: string): HeldPage | null {
  if (headers["set-cookie"] !== undefined) return null;
  if (!/^text\/html\b/.test(String(headers["content-type"] ?? ""))) return null;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce) return null;
  // A part that failed to render (React marks its place with the error's digest): a passing
  // failure must not be served again.
  if (html.includes(' data-dgst="')) return null;
  const kept: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !PER_RESPONSE.has(name.toLowerCase()))
      kept.push([name, Array.isArray(value) ? value : String(value)]);
  return { html, headers: kept, nonce };
}
