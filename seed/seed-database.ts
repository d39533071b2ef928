import { readFileSync } from "node:fs";
import { countSources, createSource } from "@/lib/sources/source-data";
import { SourceInputSchema } from "@/lib/sources/source-schema";
import { SAMPLE_SOURCES } from "./sample-sources";

export interface SeedReport {
  sourcesAdded: number;
}

/**
 * Loads the sample corpus through the same schema and data functions the app uses. Running it
 * again adds nothing: a text already in the library is recognised by its hash.
 */
export async function seedSampleCorpus(): Promise<SeedReport> {
  let sourcesAdded = 0;
  for (const sample of SAMPLE_SOURCES) {
    const text = readFileSync(new URL(`./corpus/${sample.file}`, import.meta.url), "utf8");
    const input = SourceInputSchema.parse({ ...sample, text });
    const result = await createSource(input);
    if (result.ok) sourcesAdded++;
  }
  return { sourcesAdded };
}

/** Seeds only a database that holds no sources, so people's deletions are not undone at start. */
export async function seedIfEmpty(): Promise<SeedReport | null> {
  return (await countSources()) === 0 ? seedSampleCorpus() : null;
}
