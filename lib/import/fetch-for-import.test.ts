import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { fetchForImport, type FetchOptions } from "./fetch-for-import";
import {
  connectPinned,
  pinnedConnector,
  type ConnectTarget,
  type Connector,
} from "./pinned-connection";

// Every test talks to servers on 127.0.0.1 only. Addresses elsewhere (10.0.0.1, 169.254.169.254)
// appear only as redirect targets the guard must refuse; the connector below would throw before
// opening any socket to them, and the resolver knows no real name.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bbc = fixture("bbc-1.html");
const folha = fixture("folha.html");
const pdf = fixture("lemonde-1.pdf");
const markdown = fixture("bbc-1.md");
const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
const bbcBrotli = brotliCompressSync(bbc, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });

let site: Server;
let trap: Server;
let port = 0;
let trapPort = 0;
let trapConnections = 0;
let requests: IncomingMessage[] = [];
let hugeBytesSent = 0;
const targets: ConnectTarget[] = [];

/** Records a connection and throws, before any socket exists, unless it is to 127.0.0.1. */
const assertLoopback = (target: ConnectTarget) => {
  targets.push(target);
  if (target.addresses.some((address) => address !== "127.0.0.1")) {
    throw new Error(`the test tried to connect to ${target.addresses.join(", ")}`);
  }
};
const loopbackOnly: Connector = (target) => {
  assertLoopback(target);
  return connectPinned(target);
};

let resolverCalls: string[] = [];
const resolve = async (hostname: string) => {
  resolverCalls.push(hostname);
  // A rebinding name: public enough the first time, private afterwards.
  if (hostname === "site.test") return resolverCalls.length === 1 ? ["127.0.0.1"] : ["10.0.0.1"];
  throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
};

const options = (extra: FetchOptions = {}): FetchOptions => ({
  allowHosts: [
    { host: "127.0.0.1", port, subdomains: false },
    { host: "site.test", port, subdomains: false },
  ],
  resolve,
  connect: loopbackOnly,
  // Generous: the machines that run these tests can be busy; the timeout tests set their own.
  timeoutMs: 20_000,
  idleTimeoutMs: 10_000,
  ...extra,
});
const at = (path: string) => `http://127.0.0.1:${port}${path}`;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/bbc": (_, res) => send(res, 200, { "content-type": "text/html; charset=utf-8" }, bbc),
  "/folha-gzip": (_, res) =>
    send(res, 200, { "content-type": "text/html", "content-encoding": "gzip" }, gzipSync(folha)),
  "/bbc-br": (_, res) =>
    send(res, 200, { "content-type": "text/html", "content-encoding": "br" }, bbcBrotli),
  "/report": (_, res) => send(res, 200, { "content-type": "application/octet-stream" }, pdf),
  "/notes.md": (_, res) =>
    send(res, 200, { "content-type": "text/plain; charset=utf-8" }, markdown),
  "/image.png": (_, res) => send(res, 200, { "content-type": "image/png" }, Buffer.alloc(100)),
  "/missing": (_, res) => send(res, 404, { "content-type": "text/html" }, "<p>not here</p>"),
  "/redirect": (_, res) => send(res, 302, { location: "/bbc#comments" }, ""),
  "/no-location": (_, res) => send(res, 302, {}, ""),
  "/loop-a": (_, res) => send(res, 301, { location: "/loop-b" }, ""),
  "/loop-b": (_, res) => send(res, 301, { location: at("/loop-a") }, ""),
  "/to-trap": (_, res) => send(res, 302, { location: `http://127.0.0.1:${trapPort}/` }, ""),
  "/to-private": (_, res) => send(res, 302, { location: "http://10.0.0.1/" }, ""),
  "/to-metadata": (_, res) =>
    send(res, 307, { location: "http://169.254.169.254/latest/meta-data/" }, ""),
  "/to-localhost": (_, res) => send(res, 302, { location: `http://localhost:${port}/bbc` }, ""),
  "/to-ftp": (_, res) => send(res, 302, { location: "ftp://127.0.0.1/file.txt" }, ""),
  "/to-site": (_, res) => send(res, 302, { location: `http://site.test:${port}/bbc` }, ""),
  "/bomb": (_, res) =>
    send(res, 200, { "content-type": "text/html", "content-encoding": "gzip" }, bomb),
  "/declared-huge": (_, res) => {
    res.writeHead(200, {
      "content-type": "text/html",
      "content-length": String(100 * 1024 * 1024),
    });
    res.write("<html>");
  },
  "/huge": (_, res) => void streamHuge(res),
  "/drip": (_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const drip = setInterval(() => res.write("<p>a</p>"), 50);
    res.on("close", () => clearInterval(drip));
  },
  "/stall": (_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>and then nothing");
  },
  "/silent": () => {},
};

beforeAll(async () => {
  site = createServer((req, res) => {
    requests.push(req);
    const path = req.url ?? "/";
    (routes[path.startsWith("/chain/") ? "/chain" : path] ?? chain)(req, res);
  });
  trap = createServer((_, res) => res.end("the guard let a forbidden redirect through"));
  trap.on("connection", () => trapConnections++);
  port = await listen(site);
  trapPort = await listen(trap);
});

afterAll(async () => {
  for (const server of [site, trap]) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

beforeEach(() => {
  requests = [];
  resolverCalls = [];
  targets.length = 0;
});

describe("fetchForImport fetches", () => {
  it("a web page, which then imports with its text, metadata and original bytes", async () => {
    const fetched = await fetchForImport(at("/bbc"), options());
    expect(fetched).toMatchObject({
      contentType: "text/html; charset=utf-8",
      finalUrl: at("/bbc"),
      redirects: [],
    });
    expect(fetched.bytes.equals(bbc)).toBe(true);
    expect(Date.now() - fetched.fetchedAt.getTime()).toBeLessThan(10_000);
    expect(requests[0]?.headers["user-agent"]).toMatch(/^Crosscheck\//);
    const doc = await extractDocument(fetched.bytes, fetched.contentType, {
      url: fetched.finalUrl,
    });
    expect(doc.metadata.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(doc.text).toMatch(/^President Barack Obama has admitted/);
    expect(doc.original).toMatchObject({
      size: bbc.length,
      contentType: "text/html; charset=utf-8",
    });
  });

  it.each([
    ["/folha-gzip", folha],
    ["/bbc-br", bbc],
  ])("%s compressed, and decompresses it", async (path, original) => {
    const fetched = await fetchForImport(at(path), options());
    expect(fetched.bytes.equals(original)).toBe(true);
    expect(requests[0]?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("after a redirect, without its fragment, and says where it went", async () => {
    const fetched = await fetchForImport(at("/redirect"), options());
    expect(fetched.finalUrl).toBe(at("/bbc"));
    expect(fetched.redirects).toEqual([at("/bbc")]);
  });

  it("a PDF served as application/octet-stream, and Markdown served as text/plain", async () => {
    expect((await fetchForImport(at("/report"), options())).contentType).toBe("application/pdf");
    expect((await fetchForImport(at("/notes.md"), options())).contentType).toBe(
      "text/markdown; charset=utf-8",
    );
  });

  it("from the address the guard approved, never asking DNS again (no rebinding)", async () => {
    const fetched = await fetchForImport(at("/to-site"), options());
    expect(fetched.finalUrl).toBe(`http://site.test:${port}/bbc`);
    expect(resolverCalls).toEqual(["site.test"]);
    expect(targets.at(-1)).toEqual({
      protocol: "http:",
      host: "site.test",
      port,
      addresses: ["127.0.0.1"],
    });
    expect(requests.at(-1)?.headers.host).toBe(`site.test:${port}`);
  });
});

describe("fetchForImport refuses", () => {
  it.each([
    ["/to-trap", `which Crosscheck refuses: This address points to this server itself (127.0.0.1)`],
    [
      "/to-private",
      "which Crosscheck refuses: This address points into a private network (10.0.0.1)",
    ],
    ["/to-metadata", "points to a cloud metadata service (169.254.169.254)"],
    ["/to-localhost", "localhost points to this server itself"],
  ])("a redirect %s to an address that is not public, before connecting", async (path, message) => {
    expect(await refusalOf(fetchForImport(at(path), options()))).toMatchObject({
      code: "blocked_address",
      message: expect.stringContaining(message),
    });
    expect(targets).toHaveLength(1);
    expect(trapConnections).toBe(0);
  });

  it("a first address that is not public, without connecting at all", async () => {
    for (const address of ["http://10.0.0.1/", `http://127.0.0.1:${trapPort}/`, "http://[::1]/"]) {
      expect(await refusalOf(fetchForImport(address, options()))).toMatchObject({
        code: "blocked_address",
      });
    }
    expect(targets).toEqual([]);
    expect(trapConnections).toBe(0);
  });

  it.each([
    ["/to-ftp", "unsupported_scheme", "starts with ftp:"],
    ["/no-location", "bad_redirect", "without saying where to"],
    ["/loop-a", "redirect_loop", "redirects in a loop"],
    ["/chain/1", "too_many_redirects", "more than 5 times"],
    ["/missing", "http_status", "The site answered 404 Not Found for this address."],
    ["/image.png", "unsupported_content_type", "This address serves image/png."],
  ])("%s (%s)", async (path, code, message) => {
    expect(await refusalOf(fetchForImport(at(path), options()))).toMatchObject({
      code,
      message: expect.stringContaining(message),
    });
  });

  it("more than the redirects it allows, having followed exactly that many", async () => {
    expect(
      await refusalOf(fetchForImport(at("/chain/1"), options({ maxRedirects: 2 }))),
    ).toMatchObject({ code: "too_many_redirects" });
    expect(requests.map((r) => r.url)).toEqual(["/chain/1", "/chain/2", "/chain/3"]);
  });

  it("a body larger than the limit, stopping the download while it streams", async () => {
    expect(
      await refusalOf(fetchForImport(at("/huge"), options({ maxBytes: 1024 * 1024 }))),
    ).toMatchObject({ code: "too_large", message: expect.stringContaining("1 MB") });
    await new Promise((done) => setTimeout(done, 100));
    expect(hugeBytesSent).toBeLessThan(20 * 1024 * 1024);
  });

  it("a declared length over the limit, before reading the body", async () => {
    expect(await refusalOf(fetchForImport(at("/declared-huge"), options()))).toMatchObject({
      code: "too_large",
      message: "The document is 100 MB, larger than the 20 MB Crosscheck imports.",
    });
  });

  it("a gzip bomb, once the decompressed bytes pass the limit", async () => {
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(
      await refusalOf(fetchForImport(at("/bomb"), options({ maxBytes: 1024 * 1024 }))),
    ).toMatchObject({
      code: "too_large",
      message: expect.stringContaining("once decompressed"),
    });
  });

  it.each([
    ["/drip", { timeoutMs: 400 }, "did not send the document within 0.4 seconds"],
    ["/stall", { idleTimeoutMs: 200 }, "stopped sending for 0.2 seconds"],
    ["/silent", { idleTimeoutMs: 200 }, "stopped sending for 0.2 seconds"],
  ])("%s: a site too slow (%j)", async (path, limits, message) => {
    const started = Date.now();
    expect(await refusalOf(fetchForImport(at(path), options(limits)))).toMatchObject({
      code: "timeout",
      message: expect.stringContaining(message),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

/** The refusal a fetch ends with; a fetch that succeeds yields a short string, not its bytes. */
function refusalOf(fetching: Promise<unknown>): Promise<unknown> {
  return fetching.then(
    () => "fetched without a refusal",
    (error: unknown) => error,
  );
}

describe("fetchForImport over TLS", () => {
  // A self-signed certificate for the name site.test only (see fixtures/README.md).
  const cert = fixture("tls-site.test.cert.pem");
  const tls = createTlsServer({ key: fixture("tls-site.test.key.pem"), cert }, (req, res) =>
    send(
      res,
      200,
      { "content-type": "text/plain" },
      `SNI ${(req.socket as { servername?: string }).servername}`,
    ),
  );
  let tlsPort = 0;
  beforeAll(async () => {
    tlsPort = await listen(tls);
  });
  afterAll(async () => {
    tls.closeAllConnections();
    await new Promise((done) => tls.close(done));
  });
  const tlsOptions = (connect: Connector): FetchOptions => ({
    ...options(),
    allowHosts: ["site.test", "other.test", "127.0.0.1"].map((host) => ({
      host,
      port: tlsPort,
      subdomains: false,
    })),
    resolve: async () => ["127.0.0.1"],
    connect: (target) => (assertLoopback(target), connect(target)),
  });

  it("connects to the pinned address and checks the certificate against the host name", async () => {
    const fetched = await fetchForImport(
      `https://site.test:${tlsPort}/`,
      tlsOptions(pinnedConnector({ ca: cert })),
    );
    expect(fetched.bytes.toString()).toBe("SNI site.test");
  });

  it.each([
    ["site.test", connectPinned, "could not be verified (DEPTH_ZERO_SELF_SIGNED_CERT)"],
    [
      "other.test",
      pinnedConnector({ ca: cert }),
      "could not be verified (ERR_TLS_CERT_ALTNAME_INVALID)",
    ],
    [
      "127.0.0.1",
      pinnedConnector({ ca: cert }),
      "could not be verified (ERR_TLS_CERT_ALTNAME_INVALID)",
    ],
  ])("refuses %s when the certificate does not vouch for it", async (host, connect, message) => {
    expect(
      await refusalOf(fetchForImport(`https://${host}:${tlsPort}/`, tlsOptions(connect))),
    ).toMatchObject({
      code: "connection_failed",
      message: expect.stringContaining(message),
    });
  });
});

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
) {
  res.writeHead(status, headers);
  res.end(body);
}

/** Redirects /chain/n to /chain/n+1, forever. */
function chain(req: IncomingMessage, res: ServerResponse) {
  const n = Number(req.url?.split("/")[2] ?? 0);
  if (!req.url?.startsWith("/chain/")) return send(res, 404, {}, "");
  send(res, 302, { location: `/chain/${n + 1}` }, "");
}

/** Up to 50 MB of HTML with no Content-Length, written as fast as the client reads it. */
async function streamHuge(res: ServerResponse) {
  hugeBytesSent = 0;
  res.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(64 * 1024, "a");
  while (hugeBytesSent < 50 * 1024 * 1024 && !res.destroyed) {
    hugeBytesSent += chunk.length;
    if (!res.write(chunk)) {
      await new Promise<void>((done) => {
        const finish = () => {
          res.off("drain", finish).off("close", finish);
          done();
        };
        res.on("drain", finish).on("close", finish);
      });
    }
  }
  res.end();
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => done((server.address() as AddressInfo).port)),
  );
}
