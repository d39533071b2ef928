import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { removeTestSources } from "@/lib/testing/remove-sources";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { tokenFor } from "@/lib/testing/test-accounts";
import * as original from "../[id]/originals/[originalId]/route";
import * as reimport from "../[id]/reimport/route";
import * as importRoute from "./route";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../lib/import/fixtures/${name}`, import.meta.url));
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let site: Server;
let other: Server;
let base = "";
let otherBase = "";
let changing = 0;
const created: string[] = [];
const saved = { ...process.env };

// The site the tests import from, on 127.0.0.1 only: fixture pages and hostile answers.
beforeAll(async () => {
  site = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/bbc.html") return send(res, "text/html; charset=utf-8", fixture("bbc-1.html"));
    if (path === "/changing")
      return send(res, "text/plain", Buffer.from(`Version ${changing++} of a changing page.`));
    if (path === "/steady")
      return send(res, "text/plain", Buffer.from("The same words on every visit to this page."));
    if (path === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      for (let i = 0; i < 40; i++) res.write(chunk);
      return res.end();
    }
    if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>");
      return; // never ends: the fetch must give up
    }
    if (path === "/loop") {
      res.writeHead(302, { location: "/loop-2" });
      return res.end();
    }
    if (path === "/loop-2") {
      res.writeHead(302, { location: "/loop" });
      return res.end();
    }
    if (path === "/image") return send(res, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (path === "/to-loopback") {
      res.writeHead(302, { location: `${otherBase}/page.html` });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  other = createServer((_req, res) => res.end("the guard let a redirect to 127.0.0.1 through"));
  base = `http://127.0.0.1:${await listen(site)}`;
  otherBase = `http://127.0.0.1:${await listen(other)}`;
  // Only the fixture site is allowed, although loopback; the other server is not.
  process.env.CROSSCHECK_IMPORT_ALLOW_HOSTS = new URL(base).host;
  process.env.CROSSCHECK_IMPORT_MAX_MB = "2";
  process.env.CROSSCHECK_IMPORT_TIMEOUT_SECONDS = "2";
});

afterAll(async () => {
  process.env = saved;
  site.closeAllConnections();
  site.close();
  other.close();
  await removeTestSources(created);
});

async function importJson(json: Record<string, unknown>) {
  const response = await callRoute(importRoute.POST, "POST", "/api/v1/sources/import", { json });
  if (response.status === 201) created.push(response.body.id);
  return response;
}

async function upload(
  name: string,
  bytes: Uint8Array,
  type: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const request = new Request("http://test.invalid/api/v1/sources/import", {
    method: "POST",
    headers: { authorization: `Bearer ${await tokenFor("admin")}` },
    body: form,
  });
  const response = await importRoute.POST(request, {});
  const body = await response.json();
  if (response.status === 201) created.push(body.id);
  return { status: response.status, body };
}

async function storedOriginal(sourceId: string) {
  return db.sourceOriginal.findFirstOrThrow({ where: { sourceId } });
}

describe("POST /api/v1/sources/import from a web address (a local server)", () => {
  test("a web page: article text, metadata, and the original bytes kept with version 1", async () => {
    const response = await importJson({ address: `${base}/bbc.html` });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      textVersion: 1,
    });
    expect(response.body.text).toContain("gun");
    expect(response.body.text).not.toMatch(/<[a-z]/i);
    const stored = await storedOriginal(response.body.id);
    expect(Buffer.from(stored.bytes).equals(fixture("bbc-1.html"))).toBe(true);
    expect(stored).toMatchObject({
      sha256: sha(fixture("bbc-1.html")),
      url: `${base}/bbc.html`,
      contentType: "text/html; charset=utf-8",
      size: fixture("bbc-1.html").byteLength,
      textVersion: 1,
    });
    const version = await db.sourceTextVersion.findFirstOrThrow({
      where: { sourceId: response.body.id },
    });
    expect(version).toMatchObject({ number: 1, reason: "created", text: response.body.text });
  });

  test("the download: its type, an attachment, nosniff and a sandbox", async () => {
    const id = (await db.source.findFirstOrThrow({ where: { id: { in: created } } })).id;
    const stored = await storedOriginal(id);
    const request = new Request(`http://test.invalid/api/v1/sources/${id}/originals/${stored.id}`);
    const response = await original.GET(request, {
      params: Promise.resolve({ id, originalId: stored.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(stored.contentType);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="bbc\.html"/,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(stored.bytes))).toBe(true);
  });

  test("preview stores nothing; the parts kept and the fields given are what is saved", async () => {
    const address = `${base}/changing`;
    const preview = await importJson({ address, preview: true });
    expect(preview.status).toBe(200);
    expect(preview.body.text).toMatch(/^Version \d+ of a changing page\.$/);
    // The page changed since it was checked: nothing saved, the new text comes back.
    const stale = await importJson({ address, sha256: preview.body.original.sha256, title: "T" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("document_changed");
    expect(stale.body.error.preview.text).not.toBe(preview.body.text);
    const kept = await importJson({ address, title: "Only the end", keep: [[15, 29]] });
    expect(kept.status).toBe(201);
    expect(kept.body.text).toBe("changing page.");
    expect(kept.body.title).toBe("Only the end");
  });

  test.each([
    { path: "/huge", status: 413, code: "too_large" },
    { path: "/slow", status: 504, code: "timeout" },
    { path: "/loop", status: 502, code: "redirect_loop" },
    { path: "/image", status: 415, code: "unsupported_content_type" },
    { path: "/to-loopback", status: 422, code: "blocked_address" },
  ])("refuses $path: $code with a sentence", async ({ path, status, code }) => {
    const response = await importJson({ address: `${base}${path}`, title: "x" });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/\w+ \w+/);
  });

  // Literal private addresses are refused by the guard before any connection is opened.
  test.each(["http://10.0.0.1/", "http://192.168.1.1/a", "http://169.254.169.254/latest"])(
    "refuses %s before connecting",
    async (address) => {
      const response = await importJson({ address });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe("blocked_address");
    },
  );

  test("an address that is not a web address, or no address at all, is a field error", async () => {
    expect((await importJson({ address: "ftp://x.test/" })).body.error.fields).toHaveProperty(
      "address",
    );
    expect((await importJson({ title: "x" })).status).toBe(422);
  });
});

describe("POST /api/v1/sources/import with an uploaded file", () => {
  test.each([
    {
      name: "lemonde-1.pdf",
      type: "application/pdf",
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      pages: true,
    },
    {
      name: "folha.html",
      type: "text/html",
      title: "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
      pages: false,
    },
    { name: "notes-crlf.txt", type: "text/plain", title: "Notes", pages: false },
    {
      name: "bbc-1.md",
      type: "text/markdown",
      title: "Obama admits US gun laws are his 'biggest frustration'",
      pages: false,
    },
  ])("$name: text, metadata and the original bytes", async ({ name, type, title, pages }) => {
    const bytes = fixture(name);
    const fields: Record<string, string> = name.endsWith(".txt") ? { title } : {};
    const response = await upload(name, bytes, type, fields);
    expect(response.status).toBe(201);
    expect(response.body.title).toBe(title);
    expect(response.body.text.length).toBeGreaterThan(20);
    const stored = await storedOriginal(response.body.id);
    expect(Buffer.from(stored.bytes).equals(bytes)).toBe(true);
    expect(stored).toMatchObject({ sha256: sha(bytes), fileName: name, url: null });
    const version = await db.sourceTextVersion.findFirstOrThrow({
      where: { sourceId: response.body.id },
    });
    expect(version.pageStarts.length > 1).toBe(pages);
  });

  test("a file of another type is refused with a sentence", async () => {
    const response = await upload(
      "photo.png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      "image/png",
    );
    expect(response.status).toBe(415);
    expect(response.body.error.message).toMatch(/HTML|PDF/);
  });
});

function send(res: ServerResponse, type: string, body: Buffer) {
  res.writeHead(200, { "content-type": type, "content-length": body.byteLength });
  res.end(body);
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => done((server.address() as AddressInfo).port)),
  );
}

describe("POST /api/v1/sources/:id/reimport", () => {
  const again = (id: string, ifMatch?: string) =>
    callRoute(reimport.POST, "POST", "", {
      params: { id },
      headers: ifMatch ? { "if-match": ifMatch } : {},
    });

  test("a changed page becomes the next text version, its bytes kept; a stale If-Match is 409", async () => {
    const first = await importJson({ address: `${base}/changing`, title: "A changing page" });
    expect(first.status).toBe(201);
    const read = `"${first.body.version}"`;
    const second = await again(first.body.id, read);
    expect(second.status).toBe(200);
    expect(second.body.textVersion).toBe(2);
    expect(second.body.text).not.toBe(first.body.text);
    expect(second.body.text).toMatch(/^Version \d+ of a changing page\.$/);
    expect(second.headers.get("etag")).toBe(`"${second.body.version}"`);
    const originals = await db.sourceOriginal.findMany({ where: { sourceId: first.body.id } });
    expect(originals.map((o) => o.textVersion).sort()).toEqual([1, 2]);
    const stale = await again(first.body.id, read);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
  });

  test("the same text again changes nothing (422); no address, or no such source, is refused", async () => {
    const steady = await importJson({ address: `${base}/steady`, title: "A steady page" });
    expect(steady.status).toBe(201);
    const same = await again(steady.body.id);
    expect(same.status).toBe(422);
    expect(same.body.error.code).toBe("same_text");
    const stored = await db.source.findUniqueOrThrow({ where: { id: steady.body.id } });
    expect(stored).toMatchObject({ textVersion: 1, version: steady.body.version });
    expect((await again("nope")).status).toBe(404);
  });
});
