import { writeBibtex } from "@/lib/citations/bibtex";
import type { CitedClaim } from "@/lib/citations/citation-types";
import type { CitationLocale } from "@/lib/citations/cite-engine";
import { writeCslJson } from "@/lib/citations/csl-json";
import type { CitationStyle } from "@/lib/citations/csl-styles";
import { formatClaimReferences } from "@/lib/citations/format-reference";
import { writeRis } from "@/lib/citations/ris";
import { writeDivergenceTables } from "./divergence-table";
import type { ExportFormat } from "./export-formats";
import { inChunks, type Rows } from "./stream-chunks";
import { writeAnnotationCollection } from "./web-annotation";
import { writeClaimsCsv } from "./write-csv";

/** The formats written as rows arrive; formatted references need the whole selection at once. */
export type StreamedFormat = Exclude<ExportFormat, "reference" | "reference-html">;

/** Whether a format is written row by row (true) or from the whole selection (references). */
export function isStreamed(format: ExportFormat): format is StreamedFormat {
  return format !== "reference" && format !== "reference-html";
}

/** The text of an export in a streamed format, chunk by chunk. */
export function writeExport(
  format: StreamedFormat,
  claims: Rows<CitedClaim>,
  options: { bom: boolean; id: string; label: string },
): AsyncGenerator<string> {
  switch (format) {
    case "csl-json":
      return writeCslJson(claims);
    case "bibtex":
    case "biblatex":
      return writeBibtex(claims, format);
    case "ris":
      return writeRis(claims);
    case "csv":
      return writeClaimsCsv(claims, { bom: options.bom });
    case "markdown":
    case "html":
      return writeDivergenceTables(claims, format);
    case "web-annotation":
      return writeAnnotationCollection(claims, { id: options.id, label: options.label });
  }
}

/**
 * Formatted references for a selection: one claim gives its quote, citation and reference ready
 * to paste; several give each quote with its citation, then the reference list.
 */
export function writeReferences(
  claims: readonly CitedClaim[],
  options: { style: CitationStyle; locale?: CitationLocale; html: boolean },
): string {
  const format = options.html ? "html" : "text";
  const { citations, references } = formatClaimReferences(claims, { ...options, format });
  if (citations.length === 1 && citations[0]) return `${citations[0].combined}\n`;
  const quoted = citations.map((cited) => cited.combined.split("\n")[0] ?? "");
  return options.html
    ? `${quoted.join("\n")}\n<h2>References</h2>\n${references}\n`
    : `${quoted.join("\n")}\n\nReferences\n${references}\n`;
}

/** A writer's chunks as the bytes of a response body. */
export function byteStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = inChunks(chunks)[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
