import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import compressible from "compressible";
import compression from "compression";
import Negotiator from "negotiator";
import vary from "vary";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Smaller bodies go out as they are: the encoding's framing would outweigh its saving (compression's default). */
export const MIN_COMPRESSED_BYTES = 1024;
/** The longest answer held back to go out whole; a longer one (an export) streams from there. */
export const MAX_HELD_BYTES = 1 << 20;

// Streaming compression, as Next's own `compress` option applied it (the same package, in the
// release that also offers Brotli, with its defaults); next.config.js turns Next's off so that
// an answer is never compressed twice.
const streamingCompression = compression();

// Held answers are encoded as `compression` would stream them: Brotli at quality 4 or gzip at
// zlib's default level, chosen by the same preference.
const ENCODERS = {
  br: (body: Buffer) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body: Buffer) => gzipSync(body),
};
const OFFERED = ["br", "gzip", "identity"];
const PREFERRED = ["br", "gzip"];
// @types/negotiator predates the second argument (a tie-break order), which negotiator 0.6.4 takes.
type Preferring = { encoding(available: string[], preferred: string[]): string | undefined };

/**
 * Compresses the app's answers. Pages and files stream through `compression`, chunk by chunk as
 * React renders them. An answer for which `holdWhole` says yes (the JSON API's, never streamed
 * but for exports) is held until it ends and then goes out in one write, headers, length and
 * compressed body together: Next otherwise sends the headers, each chunk and the closing chunk
 * apart, and `compression` hands every flush to zlib's worker threads. On this project's
 * machines each of those hand-offs and writes cost as much as a small handler (see
 * docs/decisions/010-api-answers-in-one-write.md).
 */
export function encodeResponses(
  handler: Handler,
  holdWhole: (request: IncomingMessage) => boolean,
): Handler {
  return (request, response) => {
    if (request.method !== "HEAD" && holdWhole(request)) {
      holdUntilEnd(request, response);
      return handler(request, response);
    }
    return streamingCompression(request as never, response as never, () =>
      handler(request, response),
    );
  };
}

type Callback = (error?: Error | null) => void;
type Encoding = BufferEncoding | undefined;

// The methods holdUntilEnd shadows on the response object; deleting the shadows brings back
// Node's own (ServerResponse's prototype).
const SHADOWED = ["write", "end", "flushHeaders"] as const;

/**
 * Keeps `response`'s body in memory until it ends, then sends it in one write. Past
 * MAX_HELD_BYTES it lets go: the held part and everything after stream through `compression`.
 */
function holdUntilEnd(request: IncomingMessage, response: ServerResponse): void {
  let held: Buffer[] = [];
  let size = 0;
  const release = () => {
    for (const name of SHADOWED) delete (response as unknown as Record<string, unknown>)[name];
    const body = Buffer.concat(held);
    held = [];
    return body;
  };
  // Next sends the headers before the first chunk; they wait, to learn the body's length.
  response.flushHeaders = () => {};
  response.write = ((chunk: unknown, encoding?: Encoding | Callback, callback?: Callback) => {
    const done = typeof encoding === "function" ? encoding : callback;
    const bytes = toBuffer(chunk, typeof encoding === "function" ? undefined : encoding);
    held.push(bytes);
    size += bytes.length;
    if (size <= MAX_HELD_BYTES) {
      if (done) process.nextTick(done);
      return true;
    }
    const body = release();
    streamingCompression(request as never, response as never, () => {});
    // compression's write takes no callback; the held part is at least handed on by then.
    const ok = response.write(body);
    if (done) process.nextTick(done);
    return ok;
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, encoding?: Encoding | Callback, callback?: Callback) => {
    const done = [chunk, encoding, callback].find((a) => typeof a === "function") as Callback;
    if (chunk != null && typeof chunk !== "function")
      held.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const body = release();
    return response.end(encodeWhole(request, response, body), done);
  }) as ServerResponse["end"];
}

/** Sends `body` in one write, compressed as a held answer would be (see encodeResponses). */
export function sendWhole(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
  response.end(encodeWhole(request, response, body));
}

/** The body to send, compressed when the client takes it and it is worth it; sets the headers. */
function encodeWhole(request: IncomingMessage, response: ServerResponse, body: Buffer): Buffer {
  // Someone sent the headers with writeHead: they stand, and so does the body.
  if (response.headersSent) return body;
  const status = response.statusCode;
  if (status === 204 || status === 304 || status < 200) return body;
  const type = response.getHeader("content-type");
  const encodable =
    typeof type === "string" &&
    compressible(type) === true &&
    response.getHeader("content-encoding") === undefined &&
    !/\bno-transform\b/i.test(String(response.getHeader("cache-control") ?? ""));
  // Whether or not this one is compressed, a cache must tell apart answers to different encodings.
  if (encodable) vary(response, "Accept-Encoding");
  const encoding =
    encodable && body.length >= MIN_COMPRESSED_BYTES
      ? (new Negotiator(request) as unknown as Preferring).encoding(OFFERED, PREFERRED)
      : undefined;
  const sent = encoding === "br" || encoding === "gzip" ? ENCODERS[encoding](body) : body;
  if (sent !== body) response.setHeader("content-encoding", encoding!);
  response.setHeader("content-length", sent.length);
  return sent;
}

// A copy: the writer is told its chunk is handled at once (the write callback) and may reuse
// that memory, while the bytes are still held here.
function toBuffer(chunk: unknown, encoding: Encoding): Buffer {
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), encoding ?? "utf8");
}
