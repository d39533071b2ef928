import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answerClientErrors, refuseUnknownMethods } from "./app-server";

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
