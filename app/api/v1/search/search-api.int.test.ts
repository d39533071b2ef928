import { afterAll, describe, expect, test } from "vitest";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { MAX_SEARCH_LIMIT } from "@/lib/search/search-schema";
import * as route from "./route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

describe("GET /api/v1/search", () => {
  test("the results grouped by kind, with highlighted snippets", async () => {
    const word = `Sumqayıt${crypto.randomUUID().replace(/\D/g, "").slice(0, 6)}`;
    const source = await fixtures.source(`Events in ${word} in February 1988.`);
    const unaccented = word.replace("ı", "i").toLowerCase();
    const response = await callRoute(route.GET, "GET", "/api/v1/search", {
      query: { q: unaccented },
      as: null,
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(
      ["claims", "origins", "passages", "query", "questions", "sources", "subjects"].sort(),
    );
    expect(response.body.sources.items[0]).toMatchObject({
      id: source.id,
      snippet: { parts: expect.arrayContaining([{ text: word, hit: true }]) },
    });
    const one = await callRoute(route.GET, "GET", "/api/v1/search", {
      query: { q: unaccented, kind: "sources", limit: "1" },
    });
    expect(Object.keys(one.body).sort()).toEqual(["query", "sources"]);
  });

  test("filters by language and date as the page does; subjects, having neither, are left out", async () => {
    const word = `Qarabel${crypto.randomUUID().replace(/\D/g, "").slice(0, 6)}`;
    const dated = await fixtures.source(`Events in ${word}.`, {
      language: "ru",
      published: "1990-01",
    });
    await fixtures.source(`Events in ${word}.`, { language: "ru" });
    const response = await callRoute(route.GET, "GET", "/api/v1/search", {
      query: { q: word, language: "RU", from: "1990-01-31", to: "1990" },
      as: null,
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(
      ["claims", "origins", "passages", "query", "questions", "sources"].sort(),
    );
    expect(response.body.sources.items.map((hit: { id: string }) => hit.id)).toEqual([dated.id]);
  });

  test.each([
    [{}, "q"],
    [{ q: "x", kind: "verdicts" }, "kind"],
    [{ q: "x", limit: String(MAX_SEARCH_LIMIT + 1) }, "limit"],
    [{ q: "x", kind: "sources", cursor: "not-a-cursor" }, "cursor"],
    [{ q: "x", cursor: "WzEsImEiXQ" }, "cursor"],
    [{ q: "x", language: "english!" }, "language"],
    [{ q: "x", from: "1988-02-30" }, "from"],
    [{ q: "x", from: "last year" }, "from"],
    [{ q: "x", from: "1990", to: "1989-12" }, "to"],
    [{ q: "x", subject: "a/b" }, "subject"],
  ])("422 for %j", async (query, field) => {
    const response = await callRoute(route.GET, "GET", "/api/v1/search", { query });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });
});
