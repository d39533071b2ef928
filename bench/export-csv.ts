// npm run bench:export [-- 100000]
// Builds a corpus of synthetic claims (COPY) in a throwaway PostgreSQL, then exports every claim
// as CSV twice, to a file: through lib/exports' CSV writer, reading the database a keyset page at
// a time, and with PostgreSQL's own COPY (SELECT …) TO STDOUT of the same rows. Prints time,
// rows per second and this process's peak memory (RSS) for each, and their ratio. Numbers to
// read, not a test. The app's export route does not exist on this branch yet: its data function
// is stood in for by claimPages() below, which reads what the CSV needs in one query per page.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { writeClaimsCsv } from "@/lib/exports/write-csv";
import { startScratchPostgres } from "@/scripts/db/scratch-database";
import { applyMigrations } from "@/scripts/db/migrate";
import { buildCorpus } from "./export-corpus";
import { claimPages, CLAIM_COLUMNS_SQL } from "./export-claim-pages";

const CLAIMS = Number(process.argv[2] ?? 100_000);
const folder = mkdtempSync(join(tmpdir(), "crosscheck-bench-"));
const server = await startScratchPostgres("crosscheck_bench");
try {
  await applyMigrations(server.url);
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const started = performance.now();
  await buildCorpus(client, CLAIMS);
  console.log(`corpus: ${CLAIMS} claims and passages by COPY in ${seconds(started)} s`);

  const app = await measure("lib/exports CSV", join(folder, "app.csv"), (file) =>
    pipeline(Readable.from(writeClaimsCsv(claimPages(client))), createWriteStream(file)),
  );
  const copy = await measure("COPY TO STDOUT", join(folder, "copy.csv"), (file) =>
    pipeline(
      client.query(
        copyTo(`COPY (${CLAIM_COLUMNS_SQL} ORDER BY c.id) TO STDOUT (FORMAT csv, HEADER)`),
      ),
      createWriteStream(file),
    ),
  );
  console.log(
    `ratio (writer / COPY): time ${(app.seconds / copy.seconds).toFixed(1)}×, peak RSS ${(app.peak / copy.peak).toFixed(2)}×`,
  );
  await client.end();
} finally {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
process.exit(0);

async function measure(name: string, file: string, run: (file: string) => Promise<void>) {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  await run(file);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const took = (performance.now() - started) / 1000;
  const megabytes = statSync(file).size / 1e6;
  console.log(
    `${name.padEnd(16)} ${CLAIMS} rows  ${megabytes.toFixed(1)} MB  ${took.toFixed(2)} s  ${Math.round(CLAIMS / took)} rows/s  peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
  return { seconds: took, peak };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
