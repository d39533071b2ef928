import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { SOURCE_KINDS } from "@/lib/sources/source-kinds";
import { collect } from "@/lib/exports/stream-chunks";
import { formatCslJson, writeCslJson } from "./csl-json";
import { seededClaims } from "./testing/seeded-claims";

// The official CSL 1.0.2 data schema (fixtures/README.md): additionalProperties is false, so a
// misspelt or invented variable fails.
const schema = JSON.parse(
  readFileSync(new URL("./fixtures/csl-data.json", import.meta.url), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const claims = seededClaims();
const everyKind = SOURCE_KINDS.map((kind, index) => {
  const claim = claims[index % claims.length]!;
  return {
    ...claim,
    id: `kind-${kind}`,
    source: {
      ...claim.source,
      kind,
      authors: ["Eduard Polatov", "Human Rights Watch"],
      url: "https://news.example/a?b=1&c=2",
      archiveUrl: "https://web.archive.org/web/2020/https://news.example/a",
    },
    passage: { ...claim.passage, page: index + 1 },
  };
});

describe("CSL-JSON", () => {
  it("is valid against the CSL data schema, for the seed and for every kind of source", () => {
    const items = JSON.parse(formatCslJson([...claims, ...everyKind]));
    const valid = validate(items);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(items).toHaveLength(claims.length + everyKind.length);
  });

  it("fails the schema when an item has a variable CSL does not define (the test can fail)", () => {
    const items = JSON.parse(formatCslJson(claims.slice(0, 1)));
    items[0]["archive-url"] = "https://web.archive.org/";
    expect(validate(items)).toBe(false);
  });

  it("carries the quote, the locator and the permalink of each claim", () => {
    const [item] = JSON.parse(formatCslJson(claims.slice(0, 1)));
    expect(item.id).toBe("claim1");
    expect(item.note).toBe(
      "“According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots” (para. 1)",
    );
    expect(item.custom).toMatchObject({
      quote: claims[0]!.passage.exact,
      locator: { label: "paragraph", locator: "1" },
      permalink: claims[0]!.permalink,
    });
    const withPage = JSON.parse(formatCslJson(everyKind.slice(2, 3)))[0];
    expect(withPage.custom.locator).toEqual({ label: "page", locator: "3" });
    expect(withPage.note).toMatch(/\(p\. 3, para\. \d+\)$/);
  });

  it("streams the same document, from an async source, with unique ids", async () => {
    async function* rows() {
      yield* claims;
    }
    const streamed = await collect(writeCslJson(rows()));
    expect(JSON.parse(streamed)).toEqual(JSON.parse(formatCslJson(claims)));
    const ids = JSON.parse(streamed).map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.parse(await collect(writeCslJson([])))).toEqual([]);
  });
});
