import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { ApprovedAddress } from "./check-address";
import { connectPinned, type Connector } from "./pinned-connection";

/** How Crosscheck names itself to the sites it fetches from. */
export const IMPORT_USER_AGENT =
  "Crosscheck/0.1 (source import: fetches one document at an editor's request)";

const ACCEPT = [
  "text/html",
  "application/xhtml+xml",
  "application/pdf;q=0.9",
  "text/markdown;q=0.8",
  "text/plain;q=0.8",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8",
].join(", ");

/**
 * One GET to an address the guard approved, over a connection to its approved addresses only;
 * resolves with the response headers. `onIdle` is called when the socket stays silent too long.
 */
export function getOnce(
  check: ApprovedAddress,
  {
    signal,
    onIdle,
    idleTimeoutMs = 10_000,
    connect = connectPinned,
    userAgent = IMPORT_USER_AGENT,
  }: {
    signal: AbortSignal;
    onIdle: () => void;
    idleTimeoutMs?: number;
    connect?: Connector;
    userAgent?: string;
  },
): Promise<IncomingMessage> {
  const protocol = check.url.protocol === "https:" ? "https:" : "http:";
  const send = protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send({
      protocol,
      hostname: check.host,
      port: check.port,
      path: `${check.url.pathname}${check.url.search}`,
      method: "GET",
      headers: { "user-agent": userAgent, accept: ACCEPT, "accept-encoding": "gzip, deflate, br" },
      createConnection: () =>
        connect({ protocol, host: check.host, port: check.port, addresses: check.addresses }),
      signal,
    });
    // The socket's idle timer runs while connecting, waiting and reading the body alike.
    request.setTimeout(idleTimeoutMs, onIdle);
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}
