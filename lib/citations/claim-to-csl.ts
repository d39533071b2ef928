import type { CitedClaim } from "./citation-types";
import { claimLocator } from "./claim-locator";
import type { CslItem } from "./csl-item";
import { toCslName } from "./csl-name";
import { sourceToCsl } from "./source-to-csl";

/**
 * A claim as a CSL-JSON item: its source's metadata under the claim's id (each claim carries
 * its own quote, so two claims from one source are two items), with the quoted passage and its
 * locator in `note` — the variable BibTeX and RIS carry over — and, for programs, in `custom`.
 * The CSL data schema has `locator` but no `label`, so a bare locator would read as a page:
 * it lives in `custom.locator` with its label instead.
 */
export function claimToCsl(claim: CitedClaim): CslItem {
  const item = sourceToCsl(claim.source, claim.id);
  const locator = claimLocator(claim.passage);
  return {
    ...item,
    "citation-key": citationKey(claim),
    note: quotationNote(claim),
    custom: {
      quote: claim.passage.exact,
      locator: { label: locator.label, locator: locator.locator },
      paragraph: claim.passage.paragraph,
      ...(claim.passage.page != null ? { page: claim.passage.page } : {}),
      permalink: claim.permalink,
      claim: claim.url,
      stated: claim.stated,
      origin: claim.origin,
    },
  };
}

/** The quoted passage and its locator in one line: “26 citizens … riots” (para. 1). */
export function quotationNote(claim: Pick<CitedClaim, "passage">): string {
  return `“${oneLine(claim.passage.exact)}” (${claimLocator(claim.passage).text})`;
}

/**
 * A citation key that is readable and unique: the first author's family name (or the
 * publisher's or title's first word) and the year, folded to ASCII, then the claim's id —
 * "ArmInfo2020_ckx1…" — so two claims from one source never share a key, in any export. Only
 * letters, digits and "_": citation-js replaces a key with any other character by one of its own.
 */
export function citationKey(claim: Pick<CitedClaim, "id" | "source">): string {
  const { source } = claim;
  const firstAuthor = source.authors.find((author) => author.trim());
  const name = firstAuthor ? toCslName(firstAuthor) : null;
  const stem = name ? ("literal" in name ? name.literal : name.family) : null;
  const word = firstWord(stem ?? source.publisher ?? source.title);
  const year = /^\d{4}/.exec(source.published ?? "")?.[0] ?? "";
  return `${word || "source"}${year}_${claim.id.replace(/[^A-Za-z0-9]/g, "")}`;
}

function firstWord(text: string): string {
  const ascii = text.normalize("NFKD").replace(/[^A-Za-z0-9\s]/g, "");
  return (ascii.trim().split(/\s+/)[0] ?? "").slice(0, 24);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
