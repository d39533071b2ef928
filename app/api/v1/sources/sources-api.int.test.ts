import { afterAll, describe, expect, test } from "vitest";
import { removeTestSources } from "@/lib/testing/remove-sources";
import { callRoute, uniqueText } from "@/lib/testing/api-client";
import { db } from "@/lib/db/client";
import { MAX_COUNTED_MATCHES } from "@/lib/sources/source-list-data";
import * as collection from "./route";
import * as item from "./[id]/route";
import * as claimsRoute from "../claims/route";

const created: string[] = [];
afterAll(async () => {
  await removeTestSources(created);
});

async function createSource(overrides: Record<string, unknown> = {}) {
  const response = await callRoute(collection.POST, "POST", "/api/v1/sources", {
    json: { title: "A source", text: uniqueText("create"), ...overrides },
  });
  if (response.status === 201) created.push(response.body.id);
  return response;
}

describe("POST /api/v1/sources", () => {
  test("201 with the source; the text is stored byte for byte", async () => {
    const text = uniqueText("bytes") + "  \n\u00a0\n’”";
    const response = await createSource({
      text,
      publisher: "ArmInfo",
      authors: ["A. Author"],
      published: "2020-02",
      kind: "news_article",
      language: "en",
      url: "https://example.org/a",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/api/v1/sources/${response.body.id}`);
    expect(response.body).toMatchObject({
      title: "A source",
      publisher: "ArmInfo",
      authors: ["A. Author"],
      published: "2020-02",
      kind: "news_article",
      language: "en",
      text,
    });
    const stored = await db.source.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(stored.text).toBe(text);
    expect(stored.publishedPrecision).toBe("month");
  });

  test("a text already in the library is refused with a link to it", async () => {
    const text = uniqueText("duplicate");
    const first = await createSource({ text, title: "First" });
    const second = await createSource({ text, title: "Second" });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: "duplicate_text",
      existing: { id: first.body.id, title: "First", href: `/api/v1/sources/${first.body.id}` },
    });
    expect(await db.source.count({ where: { textHash: first.body.textHash } })).toBe(1);
  });

  test("the same words with different spacing are a different text", async () => {
    const text = uniqueText("spacing");
    await createSource({ text });
    const response = await createSource({ text: text.replace("\u00a0", " ") });
    expect(response.status).toBe(201);
  });

  test("422 with field errors for bad input", async () => {
    const response = await createSource({ title: "", url: "nope", published: "2023-02-30" });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("validation_failed");
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["published", "title", "url"]);
  });

  test.each([
    [
      "not JSON",
      { body: "{title:", headers: { "content-type": "application/json" } },
      400,
      "malformed_json",
    ],
    ["empty", { body: "", headers: { "content-type": "application/json" } }, 400, "empty_body"],
    [
      "form-encoded",
      { body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } },
      415,
      "unsupported_media_type",
    ],
    ["a JSON array", { json: [1, 2] }, 422, "validation_failed"],
    ["a JSON string", { json: "text" }, 422, "validation_failed"],
    ["null", { json: null }, 422, "validation_failed"],
  ])("%s body → %i", async (_label, options, status, code) => {
    const response = await callRoute(collection.POST, "POST", "/api/v1/sources", options);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/\w/);
  });

  test("a body over the limit → 413 before parsing", async () => {
    const text = "x".repeat(6 * 1024 * 1024 + 10);
    const response = await callRoute(collection.POST, "POST", "/api/v1/sources", {
      json: { title: "huge", text },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.message).toContain("5 MB");
  });

  test("a text over 5 MB inside a body under the limit → 422 on the text", async () => {
    const text = "é".repeat(2_700_000); // 5.4 MB of UTF-8, 5.4 MB of JSON
    const response = await createSource({ text });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.text[0]).toContain("larger than 5 MB");
  });
});

describe("GET /api/v1/sources", () => {
  test("lists newest published first, an undated source by the day it was added", async () => {
    const older = await createSource({ published: "1990" });
    const newer = await createSource({ published: "2099-12-31" });
    const undated = await createSource();
    const response = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { pageSize: "100" },
    });
    expect(response.status).toBe(200);
    const ids: string[] = response.body.items.map((s: { id: string }) => s.id);
    expect(ids.indexOf(newer.body.id)).toBeLessThan(ids.indexOf(undated.body.id));
    expect(ids.indexOf(undated.body.id)).toBeLessThan(ids.indexOf(older.body.id));
    expect(response.body.items[0]).not.toHaveProperty("text");
    expect(response.body).toMatchObject({ page: 1, pageSize: 100 });
    expect(response.body.total).toBeGreaterThanOrEqual(3);
  });

  test("a source just added without a date is on the first page, however many are dated", async () => {
    for (let i = 0; i < 3; i++) await createSource({ published: `200${i}` });
    const undated = await createSource();
    const response = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { pageSize: "3" },
    });
    expect(response.body.items.map((s: { id: string }) => s.id)).toContain(undated.body.id);
  });

  test("each source says how many live claims were recorded from it", async () => {
    const word = `claimcount${crypto.randomUUID().slice(0, 8)}`;
    const source = await createSource({
      title: word,
      text: `${uniqueText("counts")} 12 people were hurt and 3 were killed.`,
    });
    for (const [exact, measure] of [
      ["12 people were hurt", "people hurt"],
      ["3 were killed", "people killed"],
    ]) {
      const recorded = await callRoute(claimsRoute.POST, "POST", "/api/v1/claims", {
        json: {
          sourceId: source.body.id,
          question: { subject: `Count test ${word}`, measure, kind: "count" },
          quote: { exact },
        },
      });
      expect(recorded.status).toBe(201);
    }
    const response = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { q: word },
    });
    expect(response.body.items).toEqual([
      expect.objectContaining({ id: source.body.id, claimCount: 2 }),
    ]);
    expect(response.body.total).toBe(1);
    await db.claim.deleteMany({ where: { sourceId: source.body.id } });
    await db.question.deleteMany({ where: { subject: { name: `Count test ${word}` } } });
    await db.subject.deleteMany({ where: { name: `Count test ${word}` } });
  });

  test("filters by words of the title, publisher or text, by kind and by language", async () => {
    const word = `filter${crypto.randomUUID().slice(0, 8)}`;
    const report = await createSource({
      title: `Report ${word}`,
      kind: "report",
      language: "en-GB",
    });
    const article = await createSource({
      publisher: `Press ${word}`,
      kind: "news_article",
      language: "es",
    });
    const inText = await createSource({ text: `${uniqueText("filter")} about ${word} here` });
    const list = async (query: Record<string, string>) =>
      (await callRoute(collection.GET, "GET", "/api/v1/sources", { query })).body.items
        .map((s: { id: string }) => s.id)
        .sort();
    expect(await list({ q: word })).toEqual(
      [report.body.id, article.body.id, inText.body.id].sort(),
    );
    expect(await list({ q: word, kind: "report" })).toEqual([report.body.id]);
    expect(await list({ q: word, language: "en" })).toEqual([report.body.id]);
    expect(await list({ q: word, language: "ES" })).toEqual([article.body.id]);
    expect(await list({ q: "&&&" })).toEqual([]);
  });

  test("words in more texts than are counted: the total stops at the cap and says so", async () => {
    // Letters only, none of them in "capped": with a digit or an ending in "ed", the word shared
    // enough trigrams with another title ("Capped 100") for the typo match to count that one too
    // (1 random word in 160), and the exact count below came out 2.
    const letters = "ghijklmnoqrstuvw";
    const hex = crypto.randomUUID().slice(0, 8);
    const word = `capped${[...hex].map((c) => letters[parseInt(c, 16)]).join("")}`;
    const many = MAX_COUNTED_MATCHES + 5;
    // Inserted in one statement: 1,005 sources through the API would take minutes.
    const rows = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "Source" (id, title, text, "textHash", "updatedAt")
      SELECT 'cap' || ${word} || n, 'Capped ' || n, ${word} || ' counted in text ' || n,
        md5(${word} || n), now()
      FROM generate_series(1, ${many}) n
      RETURNING id`;
    created.push(...rows.map((row) => row.id));
    const list = (query: Record<string, string>) =>
      callRoute(collection.GET, "GET", "/api/v1/sources", { query });
    const first = await list({ q: word, pageSize: "100" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: MAX_COUNTED_MATCHES, totalCapped: true });
    expect(first.body.items).toHaveLength(100);
    // Past the counted total, pages still come: the count is a floor, not the end.
    const beyond = await list({ q: word, pageSize: "100", page: "11" });
    expect(beyond.body.items).toHaveLength(5);
    expect(beyond.body.totalCapped).toBe(true);
    // A narrower search is counted exactly.
    const one = await list({ q: `${word} 1004` });
    expect(one.body).toMatchObject({ total: 1, totalCapped: false });
    // Without words the library is counted in full.
    const all = await list({ pageSize: "1" });
    expect(all.body.totalCapped).toBe(false);
    expect(all.body.total).toBeGreaterThan(MAX_COUNTED_MATCHES);
  });

  test("pages do not overlap", async () => {
    await createSource();
    await createSource();
    const page1 = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { pageSize: "1" },
    });
    const page2 = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { pageSize: "1", page: "2" },
    });
    expect(page1.body.items).toHaveLength(1);
    expect(page2.body.items).toHaveLength(1);
    expect(page1.body.items[0].id).not.toBe(page2.body.items[0].id);
  });

  test("cursor pages give every source once, in the list's order, while sources are added", async () => {
    const word = `keyset${crypto.randomUUID().slice(0, 8)}`;
    // Shared days, undated rows and one insert's shared createdAt: every tie the order breaks.
    const rows = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "Source" (id, title, text, "textHash", "publishedOn", "publishedPrecision", "updatedAt")
      SELECT 'ks' || ${word} || n, 'Keyset ' || n, ${word} || ' text ' || n, md5(${word} || n),
        CASE WHEN n % 3 = 0 THEN NULL ELSE date '1988-02-01' + (n % 4) END,
        CASE WHEN n % 3 = 0 THEN NULL ELSE 'day'::"DatePrecision" END, now()
      FROM generate_series(1, 23) n
      RETURNING id`;
    created.push(...rows.map((row) => row.id));
    const list = (query: Record<string, string>) =>
      callRoute(collection.GET, "GET", "/api/v1/sources", { query: { q: word, ...query } });
    const whole = await list({ pageSize: "100" });
    expect(whole.body.items).toHaveLength(23);
    expect(whole.body.nextCursor).toBeNull();

    const walked: string[] = [];
    let cursor: string | null = null;
    for (let step = 0; step < 20; step++) {
      const page = await list(cursor ? { pageSize: "4", cursor } : { pageSize: "4" });
      expect(page.status).toBe(200);
      walked.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
      // A source added mid-walk is the newest: it is on the first page, not in the later ones.
      if (step === 0) {
        const added = await createSource({ title: "Added mid-walk", text: `${word} added` });
        expect(added.status).toBe(201);
      }
    }
    expect(walked).toEqual(whole.body.items.map((item: { id: string }) => item.id));
  });

  test("numbered pages stop where reading past the rows before them would grow with the library", async () => {
    const deep = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { page: "201", pageSize: "50" },
    });
    expect(deep.status).toBe(422);
    expect(deep.body.error.fields.page[0]).toMatch(/follow nextCursor/);
    const first = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { pageSize: "1" },
    });
    const both = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { page: "2", cursor: first.body.nextCursor },
    });
    expect(both.status).toBe(422);
    expect(both.body.error.fields.page).toBeDefined();
  });

  test.each([
    ["page", "0"],
    ["page", "x"],
    ["cursor", "not-a-cursor"],
    ["cursor", btoa(JSON.stringify(["1988-02-01", "nope", "id"]))],
    ["pageSize", "1000"],
    ["pageSize", "101"],
    ["kind", "poem"],
    ["language", "english!"],
  ])("bad %s=%s → 422", async (key, value) => {
    const response = await callRoute(collection.GET, "GET", "/api/v1/sources", {
      query: { [key]: value },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields[key]).toBeDefined();
  });
});

describe("/api/v1/sources/:id", () => {
  test("GET returns metadata and text", async () => {
    const { body: source } = await createSource({ publisher: "P" });
    const response = await callRoute(item.GET, "GET", `/api/v1/sources/${source.id}`, {
      params: { id: source.id },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: source.id, publisher: "P", text: source.text });
  });

  test("PATCH changes metadata, clears with null, and keeps the text", async () => {
    const { body: source } = await createSource({ publisher: "P", language: "en" });
    const response = await callRoute(item.PATCH, "PATCH", `/api/v1/sources/${source.id}`, {
      params: { id: source.id },
      json: { title: "Renamed", publisher: null, published: "2024-02-29" },
      headers: { "if-match": `"${source.version}"` },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: "Renamed",
      publisher: null,
      language: "en",
      published: "2024-02-29",
      text: source.text,
    });
  });

  test("PATCH refuses to change the text, and bad fields, with 422", async () => {
    const { body: source } = await createSource();
    const response = await callRoute(item.PATCH, "PATCH", `/api/v1/sources/${source.id}`, {
      params: { id: source.id },
      json: { text: "other", kind: "blog" },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.text[0]).toContain("cannot be changed");
    expect(response.body.error.fields.kind).toBeDefined();
  });

  test("DELETE removes the source; a second DELETE is 404", async () => {
    const { body: source } = await createSource();
    const first = await callRoute(item.DELETE, "DELETE", `/api/v1/sources/${source.id}`, {
      params: { id: source.id },
    });
    expect(first.status).toBe(204);
    const second = await callRoute(item.DELETE, "DELETE", `/api/v1/sources/${source.id}`, {
      params: { id: source.id },
    });
    expect(second.status).toBe(404);
  });

  test.each(["GET", "PATCH", "DELETE"] as const)(
    "%s of an unknown id → 404 JSON",
    async (method) => {
      const handler = item[method];
      const response = await callRoute(handler, method, "/api/v1/sources/nope", {
        params: { id: "nope" },
        json: method === "PATCH" ? { title: "x" } : undefined,
      });
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ code: "not_found" });
    },
  );
});
