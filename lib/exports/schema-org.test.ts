import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import { jsonLdScriptContent, questionJsonLd } from "./schema-org";
import { definedTerms, fixtureDocumentLoader } from "./testing/jsonld-loader";

const SCHEMA = "http://schema.org/";

type Node = Record<string, unknown>;
/** The values of a schema.org property of an expanded node. */
const prop = (node: unknown, name: string): Node[] =>
  ((node as Node | undefined)?.[`${SCHEMA}${name}`] as Node[] | undefined) ?? [];
const claims = seededClaims();
const sumgait = claims.filter((c) => c.question.id === claims[0]!.question.id);
const withWeb: CitedClaim[] = sumgait.map((c, i) =>
  i === 0
    ? {
        ...c,
        source: {
          ...c.source,
          url: "https://arminfo.example/1",
          archiveUrl: "https://web.archive.org/web/2020/https://arminfo.example/1",
        },
      }
    : c,
);
const data = questionJsonLd(sumgait[0]!.question, sumgait[0]!.verdict, withWeb);

// Every property and type used must be a term of schema.org's own context (a fixture): "@vocab"
// would expand a misspelt "apperance" too, so expansion alone would not catch it.
const schemaTerms = definedTerms("schemaorg-context.jsonld", { schema: SCHEMA });
const usedIris = (node: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(node)) node.forEach((n) => usedIris(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@type") [value].flat().forEach((t) => found.add(t as string));
      else if (!key.startsWith("@")) found.add(key);
      usedIris(value, found);
    }
  }
  return found;
};

describe("schema.org JSON-LD of a question page, expanded by jsonld.js", () => {
  it("uses only schema.org terms", async () => {
    const expanded = await jsonld.expand(data, {
      documentLoader: fixtureDocumentLoader,
    } as jsonld.Options.Expand);
    const unknown = [...usedIris(expanded)].filter((iri) => !schemaTerms.has(iri));
    expect(unknown).toEqual([]);
    expect(usedIris(expanded).has(`${SCHEMA}appearance`)).toBe(true);
    const misspelt = await jsonld.expand({ ...data, apperance: "x" }, {
      documentLoader: fixtureDocumentLoader,
    } as jsonld.Options.Expand);
    expect([...usedIris(misspelt)].filter((iri) => !schemaTerms.has(iri))).toEqual([
      `${SCHEMA}apperance`,
    ]);
  });

  it("makes each claim a Claim with its text, author (the origin) and appearance", async () => {
    const [page] = await jsonld.expand(data, {
      documentLoader: fixtureDocumentLoader,
    } as jsonld.Options.Expand);
    expect(page!["@type"]).toEqual([`${SCHEMA}WebPage`]);
    const parts = prop(page, "hasPart");
    expect(parts).toHaveLength(sumgait.length);
    const [claim, second] = parts;
    expect(claim!["@type"]).toEqual([`${SCHEMA}Claim`]);
    expect(prop(claim, "text")[0]?.["@value"]).toBe(sumgait[0]!.passage.exact);
    const [author] = prop(claim, "author");
    expect(prop(author, "name")[0]?.["@value"]).toBe("USSR Prosecutor General's Office");
    expect(author!["@type"]).toEqual([`${SCHEMA}Organization`]);
    const [work] = prop(claim, "appearance");
    expect(work!["@type"]).toEqual([`${SCHEMA}NewsArticle`]);
    expect(prop(work, "url")[0]?.["@id"]).toBe("https://arminfo.example/1");
    const archived = prop(work, "archivedAt")[0];
    expect(archived?.["@id"] ?? archived?.["@value"]).toMatch(/^https:\/\/web\.archive\.org/);
    // A claim whose source has no address appears in Crosscheck's copy of the text; Polatov's
    // article is signed by a person.
    const [polatov] = prop(second, "appearance");
    expect(prop(polatov, "url")[0]?.["@id"]).toBe(sumgait[1]!.source.readerUrl);
    expect(prop(polatov, "author")[0]?.["@type"]).toEqual([`${SCHEMA}Person`]);
  });
});

describe("jsonLdScriptContent", () => {
  it("cannot close the script element, whatever the data says, and parses back unchanged", () => {
    const hostile = { name: "</script><script>alert(1)</script> & <!-- \u2028" };
    const content = jsonLdScriptContent(hostile);
    expect(content).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(content)).toEqual(hostile);
    expect(JSON.parse(jsonLdScriptContent(data))).toEqual(data);
  });
});
