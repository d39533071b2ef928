import { readFileSync } from "node:fs";

// Test support: the JSON-LD contexts the exports name, served from fixtures (see
// fixtures/README.md), so that expanding them needs no network. Any other address fails.
const CONTEXTS: Record<string, string> = {
  "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
  "https://schema.org": "schemaorg-context.jsonld",
  "https://schema.org/": "schemaorg-context.jsonld",
  "http://schema.org": "schemaorg-context.jsonld",
  "http://schema.org/": "schemaorg-context.jsonld",
};

/** A jsonld documentLoader that serves the fixture contexts and refuses everything else. */
export async function fixtureDocumentLoader(url: string) {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`no fixture for ${url}: tests do not fetch`);
  const document = JSON.parse(
    readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8"),
  );
  return { contextUrl: undefined, documentUrl: url, document };
}

/** The terms a fixture context defines, by the IRI they expand to. */
export function definedTerms(file: string, prefixes: Record<string, string>): Set<string> {
  const context = JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8"))[
    "@context"
  ];
  const iris = new Set<string>();
  for (const value of Object.values(context)) {
    const id = typeof value === "string" ? value : (value as { "@id"?: string })["@id"];
    if (!id) continue;
    const [prefix, local] = id.split(":");
    iris.add(prefix && local && prefixes[prefix] ? prefixes[prefix] + local : id);
  }
  return iris;
}
