// npm run dump [-- --out crosscheck.json]
// Writes the whole database (see DUMPED_TABLES) as JSON to the file, or to standard output.
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import pg from "pg";
import { readEnv } from "@/lib/config/env-schema";
import { parseArgs } from "./lib/cli-args";
import { writeDump } from "./lib/database-dump";
import { FatalError, runMain } from "./lib/fatal";
import { withScriptDatabase } from "./lib/script-database";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  const out = args.out ? createWriteStream(args.out, { flags: "wx" }) : process.stdout;
  out.on("error", (error) => {
    console.error(`crosscheck: cannot write ${args.out}: ${error.message}`);
    process.exit(1);
  });
  const counts = await withScriptDatabase(parsed.env, async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      return await writeDump(client, out);
    } finally {
      await client.end();
    }
  });
  if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.error(`dumped ${rows} rows${args.out ? ` to ${args.out}` : ""}: ${summary(counts)}`);
});

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, count]) => `${table} ${count}`)
    .join(", ");
}
