import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import { collect } from "./stream-chunks";
import { fixtureDocumentLoader } from "./testing/jsonld-loader";
import { annotationPage, passageAnnotation, writeAnnotationCollection } from "./web-annotation";

const OA = "http://www.w3.org/ns/oa#";
const RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
const AS = "http://www.w3.org/ns/activitystreams#";

const claims = seededClaims();
const online: CitedClaim = {
  ...claims[0]!,
  source: { ...claims[0]!.source, url: "https://arminfo.example/news/1" },
};

// jsonld.js expands with the W3C context served from a fixture; in safe mode it throws on any
// property the context does not define, instead of dropping it silently.
type Expanded = Record<string, unknown>[];
const expand = async (doc: object) =>
  (await jsonld.expand(doc, {
    documentLoader: fixtureDocumentLoader,
    safe: true,
  } as jsonld.Options.Expand)) as Expanded;
const values = (node: unknown, iri: string) =>
  ((node as Record<string, { "@value"?: unknown; "@id"?: string }[]>)[iri] ?? []).map(
    (v) => v["@value"] ?? v["@id"],
  );
const first = (node: unknown, iri: string) =>
  (node as Record<string, Record<string, unknown>[]>)[iri]?.[0];

describe("W3C Web Annotation of a passage, expanded by jsonld.js", () => {
  it("targets the source text with a quote selector and a position selector", async () => {
    const [annotation] = await expand(passageAnnotation(claims[0]!));
    expect(annotation!["@type"]).toEqual([`${OA}Annotation`]);
    expect(annotation!["@id"]).toBe(`${claims[0]!.url}#annotation`);
    expect(values(annotation, `${OA}motivatedBy`)).toEqual([`${OA}describing`]);
    const target = first(annotation, `${OA}hasTarget`);
    expect(values(target, `${OA}hasSource`)).toEqual([claims[0]!.source.readerUrl]);
    const selectors = (target![`${OA}hasSelector`] as Record<string, unknown>[]) ?? [];
    const quote = selectors.find((s) => (s["@type"] as string[])[0] === `${OA}TextQuoteSelector`);
    const position = selectors.find(
      (s) => (s["@type"] as string[])[0] === `${OA}TextPositionSelector`,
    );
    const { passage } = claims[0]!;
    expect(values(quote, `${OA}exact`)).toEqual([passage.exact]);
    expect(values(quote, `${OA}prefix`)).toEqual([passage.prefix]);
    expect(values(quote, `${OA}suffix`)).toEqual([passage.suffix]);
    expect(values(position, `${OA}start`)).toEqual([passage.codePointStart]);
    expect(values(position, `${OA}end`)).toEqual([passage.codePointEnd]);
  });

  it("describes the claim and links its page in the body", async () => {
    const [annotation] = await expand(passageAnnotation(claims[0]!));
    const bodies = annotation![`${OA}hasBody`] as Record<string, unknown>[];
    const text = bodies.find((b) => (b["@type"] as string[])[0] === `${OA}TextualBody`);
    expect(values(text, RDF_VALUE)).toEqual([
      "Sumgait pogrom — Armenians killed (whole event): 26 (“26 citizens of Armenian nationality”, attributed to USSR Prosecutor General's Office; official count).",
    ]);
    expect(bodies.some((b) => b["@id"] === claims[0]!.url)).toBe(true);
  });

  it("targets the original page by quote alone when the source has an address", async () => {
    const [annotation] = await expand(passageAnnotation(online));
    const targets = annotation![`${OA}hasTarget`] as Record<string, unknown>[];
    expect(targets.map((t) => values(t, `${OA}hasSource`)[0])).toEqual([
      online.source.readerUrl,
      "https://arminfo.example/news/1",
    ]);
    expect((targets[1]![`${OA}hasSelector`] as unknown[]).length).toBe(1);
  });

  it("fails expansion in safe mode for a property the context lacks (the check can fail)", async () => {
    await expect(expand({ ...passageAnnotation(claims[0]!), quoteText: "x" })).rejects.toThrow();
  });
});

describe("collections of passages", () => {
  it("streams an AnnotationCollection whose embedded page holds every passage, and counts them", async () => {
    async function* rows() {
      yield* claims;
    }
    const text = await collect(
      writeAnnotationCollection(rows(), {
        id: "https://crosscheck.example/export/1",
        label: "Sumgait",
      }),
    );
    const document = JSON.parse(text);
    expect(document.total).toBe(claims.length);
    const [collection] = await expand(document);
    expect(collection!["@type"]).toEqual([`${AS}OrderedCollection`]); // the anno context maps AnnotationCollection to AS2;
    expect(values(collection, `${AS}totalItems`)).toEqual([claims.length]);
    const page = first(collection, `${AS}first`);
    const items = (page![`${AS}items`] as { "@list": Record<string, unknown>[] }[])[0]!["@list"];
    expect(items.map((item) => item["@id"])).toEqual(claims.map((c) => `${c.url}#annotation`));
    const empty = JSON.parse(
      await collect(writeAnnotationCollection([], { id: "https://x.example/c", label: "none" })),
    );
    expect(empty).toMatchObject({ total: 0, first: { items: [] } });
  });

  it("writes an AnnotationPage for paged APIs", async () => {
    const page = annotationPage({
      id: "https://crosscheck.example/a?page=2",
      partOf: "https://crosscheck.example/a",
      startIndex: 2,
      next: "https://crosscheck.example/a?page=3",
      claims: claims.slice(2, 4),
    });
    const [expanded] = await expand(page);
    expect(expanded!["@type"]).toEqual([`${AS}OrderedCollectionPage`]);
    expect(values(expanded, `${AS}startIndex`)).toEqual([2]);
    expect(values(expanded, `${AS}next`)).toEqual(["https://crosscheck.example/a?page=3"]);
  });
});
