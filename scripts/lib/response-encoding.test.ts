import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rawGet, type RawAnswer } from "@/lib/testing/raw-get";
import { encodeResponses, MAX_HELD_BYTES, MIN_COMPRESSED_BYTES } from "./response-encoding";

// A real Node server around a stand-in for Next's handler that answers as Next does: status and
// headers set first, then flushHeaders, then the body chunk by chunk, then end. The path says
// what to send; /api/… answers are the ones held whole.
const JSON_BODY = JSON.stringify({ claims: Array.from({ length: 200 }, (_, i) => ({ id: i })) });
const LONG_CHUNK = "x".repeat(64 * 1024);
const LONG_CHUNKS = Math.ceil((2 * MAX_HELD_BYTES) / LONG_CHUNK.length);

let port: number;
const server = createServer(
  encodeResponses(
    (request, response) => {
      const path = request.url ?? "/";
      const send = (status: number, type: string | null, chunks: string[], extra = {}) => {
        response.statusCode = status;
        if (type) response.setHeader("content-type", type);
        for (const [name, value] of Object.entries(extra))
          response.setHeader(name, value as string);
        response.flushHeaders();
        for (const chunk of chunks) response.write(new TextEncoder().encode(chunk));
        response.end();
      };
      if (path === "/api/json") return send(200, "application/json", [JSON_BODY]);
      if (path === "/api/chunks") return send(200, "application/json", [JSON_BODY, JSON_BODY]);
      if (path === "/api/small") return send(200, "application/json", ['{"status":"ok"}']);
      if (path === "/api/png") return send(200, "image/png", [JSON_BODY]);
      if (path === "/api/no-transform")
        return send(200, "application/json", [JSON_BODY], { "cache-control": "no-transform" });
      if (path === "/api/empty") return send(204, null, []);
      if (path === "/api/long")
        return send(
          200,
          "text/csv",
          Array.from({ length: LONG_CHUNKS }, () => LONG_CHUNK),
        );
      if (path === "/api/reused-memory") {
        // A writer that refills its buffer once the write has returned.
        const buffer = Buffer.from(JSON_BODY);
        response.setHeader("content-type", "application/json");
        response.write(buffer, () => buffer.fill("!"));
        buffer.fill("?");
        response.end();
        return;
      }
      if (path === "/api/write-head") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON_BODY);
        return;
      }
      if (path === "/api/end-with-body") {
        response.setHeader("content-type", "application/json");
        response.end(JSON_BODY);
        return;
      }
      return send(200, "text/html; charset=utf-8", [`<p>${JSON_BODY}</p>`, "<p>more</p>"]);
    },
    (request) => (request.url ?? "").startsWith("/api/"),
  ),
);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = RawAnswer & { text: string };

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const answer = await rawGet(port, path, headers, method);
  const encoding = answer.headers["content-encoding"];
  const decode = encoding === "gzip" ? gunzipSync : encoding === "br" ? brotliDecompressSync : null;
  return { ...answer, text: (decode ? decode(answer.raw) : answer.raw).toString() } as Answer;
}

const GZIP = { "accept-encoding": "gzip, deflate" };
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

describe("answers held whole (the JSON API's)", () => {
  test("go out gzipped with their length, not in chunks, to a client that takes gzip", async () => {
    const answer = await get("/api/json", GZIP);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(answer.raw.length);
    expect(answer.raw.length).toBeLessThan(JSON_BODY.length / 4);
    expect(answer.text).toBe(JSON_BODY);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
  });

  test("go out in Brotli, as pages do, to a browser that takes it", async () => {
    const answer = await get("/api/json", BROWSER);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(Number(answer.headers["content-length"])).toBe(answer.raw.length);
    expect(answer.text).toBe(JSON_BODY);
  });

  test("keep every chunk the handler wrote, in order", async () => {
    const answer = await get("/api/chunks", GZIP);
    expect(answer.text).toBe(JSON_BODY + JSON_BODY);
    expect(Number(answer.headers["content-length"])).toBe(answer.raw.length);
  });

  test.each([
    ["no Accept-Encoding", {}],
    ["gzip refused", { "accept-encoding": "gzip;q=0, identity" }],
    ["only an encoding the server does not offer", { "accept-encoding": "compress" }],
  ])("go out as they are, with their length, to a client with %s", async (_, headers) => {
    const answer = await get("/api/json", headers);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers["content-length"]).toBe(String(JSON_BODY.length));
    expect(answer.text).toBe(JSON_BODY);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
  });

  test(`are not gzipped under ${MIN_COMPRESSED_BYTES} bytes, nor when not text, nor with no-transform`, async () => {
    for (const path of ["/api/small", "/api/png", "/api/no-transform"]) {
      const answer = await get(path, GZIP);
      expect(answer.headers["content-encoding"], path).toBeUndefined();
      expect(Number(answer.headers["content-length"]), path).toBe(answer.raw.length);
    }
    expect((await get("/api/png", GZIP)).headers.vary).toBeUndefined();
  });

  test("with no body (204) get no length and no encoding", async () => {
    const answer = await get("/api/empty", GZIP);
    expect(answer.status).toBe(204);
    expect(answer.headers["content-length"]).toBeUndefined();
    expect(answer.headers["content-encoding"]).toBeUndefined();
  });

  test("keep the bytes as written, whatever the writer does with its memory afterwards", async () => {
    expect((await get("/api/reused-memory", GZIP)).text).toBe(JSON_BODY);
  });

  test("keep headers sent with writeHead, and a body given to end", async () => {
    const written = await get("/api/write-head", GZIP);
    expect(written.text).toBe(JSON_BODY);
    const ended = await get("/api/end-with-body", GZIP);
    expect(ended.headers["content-encoding"]).toBe("gzip");
    expect(ended.text).toBe(JSON_BODY);
  });

  test("answer HEAD with headers only", async () => {
    const answer = await get("/api/json", GZIP, "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.raw.length).toBe(0);
  });

  test(`stream from ${MAX_HELD_BYTES} bytes on, still compressed, losing nothing`, async () => {
    const answer = await get("/api/long", GZIP);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(answer.text.length).toBe(LONG_CHUNKS * LONG_CHUNK.length);
    expect(answer.text).toBe(LONG_CHUNK.repeat(LONG_CHUNKS));
    const plain = await get("/api/long");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text.length).toBe(LONG_CHUNKS * LONG_CHUNK.length);
  });
});

describe("other answers (pages)", () => {
  test("stream compressed, as Next's own compression sent them", async () => {
    const answer = await get("/questions", GZIP);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(answer.text).toBe(`<p>${JSON_BODY}</p><p>more</p>`);
    expect((await get("/questions", BROWSER)).headers["content-encoding"]).toBe("br");
    const plain = await get("/questions");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(`<p>${JSON_BODY}</p><p>more</p>`);
  });
});
