// Benchmark: the export writers of lib/citations and lib/exports over a stream of synthetic
// claims (the seed's claims repeated), with no database. Run: node --expose-gc --import tsx
// bench/export-formats.ts [claims]. Prints claims per second and peak memory (RSS) per format;
// numbers to read, not a pass/fail test. The data layer's own cost comes on top.
import { writeBibtex } from "@/lib/citations/bibtex";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { writeCslJson } from "@/lib/citations/csl-json";
import { writeRis } from "@/lib/citations/ris";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import { writeDivergenceTables } from "@/lib/exports/divergence-table";
import { writeAnnotationCollection } from "@/lib/exports/web-annotation";
import { writeClaimsCsv } from "@/lib/exports/write-csv";

const CLAIMS = Number(process.argv[2] ?? 100_000);
const seed = seededClaims();

async function* rows(count: number): AsyncGenerator<CitedClaim> {
  for (let i = 0; i < count; i++) {
    const claim = seed[i % seed.length] as CitedClaim;
    yield { ...claim, id: `claim${i}`, url: `${claim.url}-${i}` };
  }
}

const formats: [string, number, (claims: AsyncIterable<CitedClaim>) => AsyncIterable<string>][] = [
  ["csv", CLAIMS, (claims) => writeClaimsCsv(claims)],
  ["csl-json", CLAIMS, (claims) => writeCslJson(claims)],
  ["ris", CLAIMS, (claims) => writeRis(claims)],
  [
    "web-annotation",
    CLAIMS,
    (claims) => writeAnnotationCollection(claims, { id: "https://x.example/c", label: "all" }),
  ],
  ["markdown", CLAIMS, (claims) => writeDivergenceTables(claims, "markdown")],
  // citation-js converts about 20 times slower than the others: a fifth of the claims.
  ["bibtex", Math.ceil(CLAIMS / 5), (claims) => writeBibtex(claims)],
];

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
for (const [name, count, write] of formats) {
  (globalThis as { gc?: () => void }).gc?.();
  peak = process.memoryUsage().rss;
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of write(rows(count))) bytes += Buffer.byteLength(chunk);
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(count / seconds);
  console.log(
    `${name.padEnd(15)} ${count} claims  ${(bytes / 1e6).toFixed(1)} MB  ${seconds.toFixed(2)} s  ${rate} claims/s  peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
}
clearInterval(sampler);
