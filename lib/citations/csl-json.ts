import { inChunks, type Rows } from "@/lib/exports/stream-chunks";
import type { CitedClaim } from "./citation-types";
import { claimToCsl } from "./claim-to-csl";

/** Claims as a CSL-JSON array (the CSL 1.0.2 data schema), one item per claim. */
export function formatCslJson(claims: readonly CitedClaim[]): string {
  return `${JSON.stringify(claims.map(claimToCsl), null, 2)}\n`;
}

/** CSL-JSON written as rows arrive: the same document as formatCslJson, one item per line. */
export async function* writeCslJson(claims: Rows<CitedClaim>): AsyncGenerator<string> {
  yield* inChunks(items(claims));
}

async function* items(claims: Rows<CitedClaim>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const claim of claims) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(claimToCsl(claim))}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
