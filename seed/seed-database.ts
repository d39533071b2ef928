import { readFileSync } from "node:fs";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { countSources, createSource } from "@/lib/sources/source-data";
import { SourceInputSchema } from "@/lib/sources/source-schema";
import { SAMPLE_CLAIMS } from "./sample-claims";
import { SAMPLE_SOURCES } from "./sample-sources";

export interface SeedReport {
  sourcesAdded: number;
  claimsAdded: number;
}

/**
 * Loads the sample corpus and its claims through the same schemas and data functions the app
 * uses. Running it again adds nothing: a text already in the library is recognised by its hash,
 * and claims are recorded only on sources this run added.
 */
export async function seedSampleCorpus(): Promise<SeedReport> {
  const added = new Map<string, string>();
  for (const sample of SAMPLE_SOURCES) {
    const text = readFileSync(new URL(`./corpus/${sample.file}`, import.meta.url), "utf8");
    const { file: _file, ...metadata } = sample;
    const result = await createSource(SourceInputSchema.parse({ ...metadata, text }));
    if (result.ok) added.set(sample.file, result.source.id);
  }
  let claimsAdded = 0;
  for (const sample of SAMPLE_CLAIMS) {
    const sourceId = added.get(sample.file);
    if (!sourceId) continue;
    const { file: _file, quote, ...claim } = sample;
    const input = ClaimInputSchema.parse({ ...claim, sourceId, quote: { exact: quote } });
    const result = await recordClaim(input);
    if (!result.ok) {
      throw new Error(
        `sample claim “${sample.stated}” (${sample.file}): ${result.failure.message}`,
      );
    }
    claimsAdded++;
  }
  return { sourcesAdded: added.size, claimsAdded };
}

/** Seeds only a database that holds no sources, so people's deletions are not undone at start. */
export async function seedIfEmpty(): Promise<SeedReport | null> {
  return (await countSources()) === 0 ? seedSampleCorpus() : null;
}
