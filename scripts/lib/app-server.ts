import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { HostPolicy } from "@/lib/http/allowed-hosts";
import { clientErrorRefusal, unknownMethodRefusal } from "@/lib/http/method-policy";
import { refusalFormat, refusalResponse, type Refusal } from "@/lib/http/refusal";
import { headerRefusal, type HeaderReader } from "@/lib/http/request-guard";
import { apiSecurityHeaders, pathKind } from "@/lib/http/security-headers";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

// Every refusal written here carries these; pages get theirs from proxy.ts, the API from guardApi.
const BASE_HEADERS = { "x-content-type-options": "nosniff", "cache-control": "no-store" };

/**
 * Answers requests Node's HTTP parser cannot read (an unknown method such as FOO, broken
 * headers) with a JSON error in the API's shape, then closes the connection. Node's default is
 * an empty 400.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = clientErrorRefusal(error.code);
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
    const head = [
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? "Error"}`,
      "content-type: application/json",
      `content-length: ${Buffer.byteLength(body)}`,
      ...Object.entries(BASE_HEADERS).map(([name, value]) => `${name}: ${value}`),
      "connection: close",
    ];
    socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  });
}

/**
 * Wraps Next's request handler so that a method no route serves (PROPFIND, TRACE, …) gets a 501
 * in the documented error shape (a short page outside the API) instead of Next's empty 400.
 */
export function refuseUnknownMethods(handler: Handler): Handler {
  return (request, response) => {
    const refusal = unknownMethodRefusal(request.method ?? "");
    if (!refusal) return handler(request, response);
    return send(request, response, refusal);
  };
}

/** Set on a request to the JSON API once guardApi has checked it; proxy.ts then leaves it be. */
export const API_CHECKED_HEADER = "x-crosscheck-api-checked";

/**
 * Gives requests to the JSON API (/api/…) what proxy.ts gives every other request: the Host,
 * address and cross-site checks, and the API's security headers, by the same rules (lib/http).
 * Done here because Next's proxy adapter alone took 0.4 ms of every request (an empty route
 * answered 770 requests a second through a proxy that did nothing, 1,090 without one), and the
 * API's checks need no more than the request's headers. Pages stay with proxy.ts: Next takes
 * their scripts' nonce from it, and a server action's body is read there.
 */
export function guardApi(handler: Handler, hosts: HostPolicy): Handler {
  return (request, response) => {
    // Only this server says a request was checked, whatever a client sent under the name.
    delete request.headers[API_CHECKED_HEADER];
    const path = pathOf(request.url ?? "/");
    if (path === null || pathKind(path) !== "api") return handler(request, response);
    for (const [name, value] of Object.entries(apiSecurityHeaders(path)))
      response.setHeader(name, value);
    const refusal = headerRefusal(request.method ?? "", path, nodeHeaders(request), hosts);
    if (refusal) return send(request, response, refusal);
    request.headers[API_CHECKED_HEADER] = "1";
    return handler(request, response);
  };
}

// The path as proxy.ts reads it (dot segments resolved, %-escapes kept); null for a target no
// URL parser reads ("//["), which goes on unmarked, to proxy.ts, rather than throw here.
function pathOf(target: string): string | null {
  try {
    return new URL(target, "http://app.invalid").pathname;
  } catch {
    return null;
  }
}

// Node's headers as the checks read them, a repeated header's values joined as Headers joins them.
export function nodeHeaders(request: IncomingMessage): HeaderReader {
  return {
    get: (name) => {
      const value = request.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
}

async function send(request: IncomingMessage, response: ServerResponse, refusal: Refusal) {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const answer = refusalResponse(refusal, refusalFormat(path, new Headers()));
  const body = await answer.text();
  response.writeHead(refusal.status, {
    ...BASE_HEADERS,
    "content-type": answer.headers.get("content-type") ?? "text/plain",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}

/** The header that tells the app which address a request came from (see lib/auth/client-address). */
export const CLIENT_ADDRESS_HEADER = "x-crosscheck-client-ip";

/**
 * Stamps each request with the address of the connection it came on, replacing whatever a client
 * sent under that name, so the login limits count per real address and cannot be dodged.
 */
export function stampClientAddress(handler: Handler): Handler {
  return (request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
    return handler(request, response);
  };
}
