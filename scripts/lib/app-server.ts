import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { clientErrorRefusal, unknownMethodRefusal } from "@/lib/http/method-policy";
import { refusalFormat, refusalResponse, type Refusal } from "@/lib/http/refusal";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

// Every refusal written here carries these; pages and API answers get theirs from proxy.ts.
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
