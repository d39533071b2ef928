import type { CitedClaim } from "@/lib/citations/citation-types";
import { CLAIM_CSV_COLUMNS, claimCsvValues } from "./claim-csv";
import { csvRecord } from "./csv-field";
import { inChunks, type Rows } from "./stream-chunks";

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8. Default false. */
  bom?: boolean;
  /** Defuse cells a spreadsheet would run as formulas (see csv-field.ts). Default true. */
  guardFormulas?: boolean;
}

/** Claims as CSV text: a header line, then one record per claim, CRLF line ends (RFC 4180). */
export function formatClaimsCsv(claims: readonly CitedClaim[], options: CsvOptions = {}): string {
  return [...lines(claims, options)].join("");
}

/** The same CSV, written as rows arrive. */
export async function* writeClaimsCsv(
  claims: Rows<CitedClaim>,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  yield* inChunks(asyncLines(claims, options));
}

function* lines(claims: Iterable<CitedClaim>, options: CsvOptions) {
  yield header(options);
  for (const claim of claims) yield csvRecord(claimCsvValues(claim), options.guardFormulas);
}

async function* asyncLines(claims: Rows<CitedClaim>, options: CsvOptions) {
  yield header(options);
  for await (const claim of claims) yield csvRecord(claimCsvValues(claim), options.guardFormulas);
}

function header(options: CsvOptions): string {
  const line = csvRecord(CLAIM_CSV_COLUMNS.map((column) => column.header));
  return options.bom ? `\uFEFF${line}` : line;
}
