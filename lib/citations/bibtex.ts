import { inChunks, type Rows } from "@/lib/exports/stream-chunks";
import { citeItems } from "./cite-engine";
import type { CitedClaim } from "./citation-types";
import { claimToCsl } from "./claim-to-csl";

/**
 * "bibtex" for classic BibTeX (month, howpublished), "biblatex" for biblatex (full dates,
 * urldate, language).
 */
export type BibtexDialect = "bibtex" | "biblatex";

// citation-js converts a batch about four times faster per entry than one entry at a time.
const BATCH = 200;

/**
 * Claims as a BibTeX file, written by citation-js from each claim's CSL item: one entry per
 * claim, keyed by its citation key (unique per claim), with the quoted passage and its locator
 * in `note`. Entries are separated by a blank line.
 */
export function formatBibtex(
  claims: readonly CitedClaim[],
  dialect: BibtexDialect = "bibtex",
): string {
  if (claims.length === 0) return "";
  const parts: string[] = [];
  for (let start = 0; start < claims.length; start += BATCH)
    parts.push(formatBatch(claims.slice(start, start + BATCH), dialect));
  return `${parts.join("\n\n")}\n`;
}

/** One claim as a BibTeX entry. */
export function claimToBibtex(claim: CitedClaim, dialect: BibtexDialect = "bibtex"): string {
  return formatBibtex([claim], dialect);
}

/** The same file as formatBibtex, written as rows arrive, holding one batch of entries at a time. */
export async function* writeBibtex(
  claims: Rows<CitedClaim>,
  dialect: BibtexDialect = "bibtex",
): AsyncGenerator<string> {
  yield* inChunks(batches(claims, dialect));
}

async function* batches(claims: Rows<CitedClaim>, dialect: BibtexDialect) {
  let batch: CitedClaim[] = [];
  let first = true;
  const flush = () => {
    const text = `${first ? "" : "\n\n"}${formatBatch(batch, dialect)}`;
    first = false;
    batch = [];
    return text;
  };
  for await (const claim of claims) {
    batch.push(claim);
    if (batch.length === BATCH) yield flush();
  }
  if (batch.length) yield flush();
  if (!first) yield "\n";
}

function formatBatch(claims: readonly CitedClaim[], dialect: BibtexDialect): string {
  return citeItems(claims.map(claimToCsl)).format(dialect, { format: "text" }).trim();
}
