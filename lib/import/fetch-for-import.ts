import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { AllowedHost } from "./allow-hosts";
import { checkAddress } from "./check-address";
import {
  ACCEPTED_FORMATS,
  detectContentType,
  formatOf,
  isUnknownType,
  MAX_DOCUMENT_BYTES,
} from "./document-types";
import { ImportRefusal } from "./import-refusal";
import { getOnce } from "./http-get";
import type { Connector } from "./pinned-connection";
import { readBody } from "./read-body";
import { isRedirect, redirectTarget, refusalAfterRedirects } from "./redirects";
import type { Resolver } from "./resolve-host";

export interface FetchOptions {
  /** Hosts reachable although private (the CROSSCHECK_IMPORT_ALLOW_HOSTS setting, parsed). */
  allowHosts?: readonly AllowedHost[];
  /** Host name lookup; the system resolver by default. */
  resolve?: Resolver;
  /** Redirects followed at most (5). */
  maxRedirects?: number;
  /** Time for the whole fetch, redirects included (30 s). */
  timeoutMs?: number;
  /** Time the connection may stay silent (10 s). */
  idleTimeoutMs?: number;
  /** Largest body accepted, as sent and once decompressed (MAX_DOCUMENT_BYTES, 20 MB). */
  maxBytes?: number;
  /** Ends the fetch early (the editor left, the request was cancelled). */
  signal?: AbortSignal;
  /** Opens each connection; tests wrap the default to see where it goes. */
  connect?: Connector;
  userAgent?: string;
}

/** A fetched document: its bytes as received (decompressed) and where and when they came from. */
export interface FetchedDocument {
  bytes: Buffer;
  /** The served Content-Type (charset kept), or the type recognised from the bytes. */
  contentType: string;
  finalUrl: string;
  fetchedAt: Date;
  /** Every address a redirect led to, in order; the last is `finalUrl`. */
  redirects: string[];
}

/**
 * Fetches a web address for import, as a guard against server-side request forgery: every
 * address (the first and each redirect's) passes checkAddress before any connection, and the
 * connection goes only to the addresses it approved. Redirects, total and idle time, size (while
 * streaming, decompression included) and content type are limited; each refusal is an
 * ImportRefusal whose message people can read.
 */
export async function fetchForImport(
  address: string,
  options: FetchOptions = {},
): Promise<FetchedDocument> {
  const { maxRedirects = 5, timeoutMs = 30_000, idleTimeoutMs = 10_000 } = options;
  const deadline = new AbortController();
  const idle = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signals = [deadline.signal, idle.signal, ...(options.signal ? [options.signal] : [])];
  const signal = AbortSignal.any(signals);
  const redirects: string[] = [];
  const visited = new Set<string>();
  let next = address;
  try {
    for (;;) {
      const check = await untilAborted(checkAddress(next, options), signal);
      if (!check.ok) throw refusalAfterRedirects(check.code, check.message, redirects);
      check.url.hash = "";
      visited.add(check.url.href);
      const response = await getOnce(check, { ...options, signal, onIdle: () => idle.abort() });
      if (isRedirect(response.statusCode)) {
        response.destroy();
        next = redirectTarget(
          check.url,
          response.headers.location,
          visited,
          redirects,
          maxRedirects,
        );
        redirects.push(next);
        continue;
      }
      return await receive(check.url, response, redirects, options);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if (deadline.signal.aborted) {
      throw new ImportRefusal(
        "timeout",
        `The site did not send the document within ${seconds(timeoutMs)}; try again later.`,
      );
    }
    if (idle.signal.aborted) {
      throw new ImportRefusal(
        "timeout",
        `The site stopped sending for ${seconds(idleTimeoutMs)}; try again later.`,
      );
    }
    throw signal.aborted ? error : connectionRefusal(next, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks the final response and reads its body within the limits. */
async function receive(
  url: URL,
  response: IncomingMessage,
  redirects: string[],
  options: FetchOptions,
): Promise<FetchedDocument> {
  const { maxBytes = MAX_DOCUMENT_BYTES } = options;
  const fetchedAt = new Date();
  const status = response.statusCode ?? 0;
  const declared = response.headers["content-type"];
  try {
    if (status < 200 || status > 299) {
      const reason = STATUS_CODES[status];
      throw new ImportRefusal(
        "http_status",
        `The site answered ${status}${reason ? ` ${reason}` : ""} for this address.`,
      );
    }
    if (!formatOf(declared) && !isUnknownType(declared)) {
      throw new ImportRefusal(
        "unsupported_content_type",
        `This address serves ${declared?.split(";")[0]?.trim()}. ${ACCEPTED_FORMATS}`,
      );
    }
    const length = Number(response.headers["content-length"]);
    if (Number.isFinite(length) && length > maxBytes) {
      throw new ImportRefusal(
        "too_large",
        `The document is ${megabytes(length)} MB, larger than the ${megabytes(maxBytes)} MB Crosscheck imports.`,
      );
    }
    const bytes = await readBody(response, maxBytes);
    const contentType = detectContentType({ declared, name: url.pathname, bytes });
    return { bytes, contentType, finalUrl: url.href, fetchedAt, redirects };
  } finally {
    response.destroy();
  }
}

function connectionRefusal(address: string, error: unknown): ImportRefusal {
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
  const host = safeHost(address);
  if (/CERT|SSL|TLS/.test(code)) {
    return new ImportRefusal(
      "connection_failed",
      `The certificate of ${host} could not be verified (${code}); Crosscheck does not import from it.`,
    );
  }
  return new ImportRefusal(
    "connection_failed",
    `Crosscheck could not get the document from ${host}${code ? ` (${code})` : ""}; check the address or try again later.`,
  );
}

/** Rejects as soon as the signal aborts, for work (a DNS lookup) that cannot be cancelled. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function safeHost(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} seconds` : `${(ms / 1000).toFixed(1)} seconds`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}
