import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hostPolicy } from "@/lib/http/allowed-hosts";
import { config as proxyConfig } from "@/proxy";
import {
  API_CHECKED_HEADER,
  answerClientErrors,
  guardApi,
  refuseUnknownMethods,
} from "./app-server";

// A real Node HTTP server around a stand-in for Next's handler, spoken to over raw sockets so
// that requests Node's own parser refuses can be sent at all.
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer();
  answerClientErrors(server);
  server.on(
    "request",
    refuseUnknownMethods((request, response) => {
      const body = `handled ${request.method}`;
      response.writeHead(200, { "content-type": "text/plain", "content-length": body.length });
      response.end(body);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(request));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString()));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
  const [head = "", body = ""] = answer.split("\r\n\r\n");
  return { status: Number(head.split(" ")[1]), headers: head.toLowerCase(), body };
}

describe("the app's HTTP server", () => {
  test("passes the methods routes serve to Next's handler", async () => {
    const answer = await raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("handled GET");
  });

  test("answers a method Node cannot parse (FOO) with 501 in the API's error shape", async () => {
    const answer = await raw("FOO /api/v1/sources HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(answer.status).toBe(501);
    expect(answer.headers).toContain("content-type: application/json");
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "method_not_implemented" } });
  });

  test("answers a request that is not HTTP with 400 in the API's error shape", async () => {
    const answer = await raw("GET / HTTP/1.1\r\nBad Header\r\n\r\n");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "malformed_request" } });
  });

  test("answers PROPFIND on the API with 501 JSON, and on a page with a short page", async () => {
    const api = await raw(
      "PROPFIND /api/v1/sources HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    expect(api.status).toBe(501);
    expect(JSON.parse(api.body)).toMatchObject({
      error: { code: "method_not_implemented", message: expect.stringContaining("PROPFIND") },
    });
    const page = await raw("PROPFIND /sources HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(page.status).toBe(501);
    expect(page.headers).toContain("content-type: text/html");
    expect(page.body).toContain("<h1>Not supported</h1>");
  });
});

describe("the JSON API's checks in the app's HTTP server", () => {
  // The stand-in for Next says which requests reached it, and whether they came marked checked.
  let guarded: Server;
  let guardedPort: number;
  beforeAll(async () => {
    guarded = createServer(
      guardApi(
        (request, response) => {
          const body = `handled ${request.url} checked=${request.headers[API_CHECKED_HEADER] ?? "no"}`;
          response.writeHead(200, { "content-type": "text/plain" });
          response.end(body);
        },
        hostPolicy({ host: "127.0.0.1" }),
      ),
    );
    await new Promise<void>((resolve) => guarded.listen(0, "127.0.0.1", resolve));
    guardedPort = (guarded.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => guarded.close(() => resolve())));

  function send(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port: guardedPort,
            path,
            method: init.method ?? "GET",
            headers: { host: `127.0.0.1:${guardedPort}`, ...init.headers },
          },
          (response) => {
            let body = "";
            response.on("data", (chunk: Buffer) => (body += chunk.toString()));
            response.on("end", () =>
              resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
            );
          },
        );
        req.on("error", reject);
        req.end();
      },
    );
  }

  test("passes an API request on, marked checked, with the API's security headers", async () => {
    const answer = await send("/api/v1/sources?limit=1");
    expect(answer.body).toBe("handled /api/v1/sources?limit=1 checked=1");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["content-security-policy"]).toContain("sandbox");
  });

  test("refuses a foreign Host with 421 JSON before Next sees the request", async () => {
    const answer = await send("/api/v1/sources", { headers: { host: "evil.example" } });
    expect(answer.status).toBe(421);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "unknown_host" } });
  });

  test("refuses a write from another site's page (403) and a broken %-escape (400)", async () => {
    const write = await send("/api/v1/sources", {
      method: "POST",
      headers: { origin: "http://evil.example" },
    });
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body)).toMatchObject({ error: { code: "cross_origin" } });
    const broken = await send("/api/v1/sources/%E0%A4%A");
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ error: { code: "bad_address" } });
  });

  test("leaves pages to proxy.ts, and a client cannot mark a request checked", async () => {
    for (const path of ["/sources", "/api", "/api/../sources"]) {
      const answer = await send(path, { headers: { [API_CHECKED_HEADER]: "1" } });
      expect(answer.body, path).toBe(`handled ${path} checked=no`);
      expect(answer.headers["content-security-policy"], path).toBeUndefined();
    }
  });

  test("passes on, unmarked, a target no URL parser reads, and keeps serving", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(guardedPort, "127.0.0.1", () =>
        socket.end("GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
      );
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString()));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(answer).toContain("handled //[ checked=no");
    expect((await send("/api/v1/sources")).status).toBe(200);
  });

  test("proxy.ts skips exactly the requests marked checked", () => {
    expect(proxyConfig.matcher).toEqual([
      { source: "/:path*", missing: [{ type: "header", key: API_CHECKED_HEADER }] },
    ]);
  });
});
