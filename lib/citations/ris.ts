import { inChunks, type Rows } from "@/lib/exports/stream-chunks";
import type { SourceKind } from "@/lib/sources/source-kinds";
import type { CitedClaim } from "./citation-types";
import { citationKey, quotationNote } from "./claim-to-csl";
import { toCslDate } from "./csl-date";
import { invertedName, toCslName } from "./csl-name";
import { archiveNameOf } from "./archive-name";

// RIS reference types. There is none for a statement or a testimony: GEN is RIS's generic type.
const RIS_TYPE: Record<SourceKind, string> = {
  news_article: "NEWS",
  official_statement: "GEN",
  report: "RPRT",
  book: "BOOK",
  film: "MPCT",
  testimony: "GEN",
  dataset: "DATA",
  other: "GEN",
};

/**
 * One claim as a RIS record. Written here rather than by @citation-js/plugin-ris 0.8.2, which
 * drops the authors of newspaper articles, keeps only the year of a date, and breaks values
 * longer than 70 characters onto continuation lines that readers join back with a space.
 * Tags as reference managers read them (Zotero's RIS mapping): AU "Family, Given", T2 the
 * newspaper, DA "YYYY/MM/DD/" with unknown parts empty, Y2 the access date, DB/AN the web
 * archive and the archived copy's address, N1 the quoted passage and its locator. Lines end in
 * CRLF, as the RIS specification asks; values are kept on one line.
 */
export function claimToRis(claim: CitedClaim): string {
  const { source } = claim;
  const tags: [string, string | null | undefined][] = [
    ["TY", RIS_TYPE[source.kind]],
    ["ID", citationKey(claim)],
    ...source.authors
      .filter((author) => author.trim())
      .map((author): [string, string] => ["AU", invertedName(toCslName(author))]),
    ["TI", source.title],
    [source.kind === "news_article" ? "T2" : "PB", source.publisher],
    ["PY", /^\d{4}/.exec(source.published ?? "")?.[0]],
    ["DA", risDate(source.published)],
    ["Y2", risDate(source.accessed)],
    ["UR", source.url],
    ["DB", source.archiveUrl ? archiveNameOf(source.archiveUrl) : null],
    ["AN", source.archiveUrl],
    ["LA", source.language],
    ["N1", quotationNote(claim)],
  ];
  const lines = tags
    .map(([tag, value]) => [tag, value?.replace(/\s+/g, " ").trim()] as const)
    .filter(([, value]) => value)
    .map(([tag, value]) => `${tag}  - ${value}`);
  return `${[...lines, "ER  - "].join("\r\n")}\r\n`;
}

/** Claims as a RIS file, one record per claim. */
export function formatRis(claims: readonly CitedClaim[]): string {
  return claims.map(claimToRis).join("\r\n");
}

/** A RIS file written as rows arrive. */
export async function* writeRis(claims: Rows<CitedClaim>): AsyncGenerator<string> {
  yield* inChunks(records(claims));
}

async function* records(claims: Rows<CitedClaim>) {
  let first = true;
  for await (const claim of claims) {
    yield `${first ? "" : "\r\n"}${claimToRis(claim)}`;
    first = false;
  }
}

function risDate(iso: string | null): string | null {
  const parts = toCslDate(iso)?.["date-parts"][0];
  if (!parts) return null;
  const [year, month, day] = parts;
  const pad = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  return `${year}/${pad(month)}/${pad(day)}/`;
}
