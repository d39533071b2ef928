// npm run restore -- crosscheck.json
// Loads a dump made by `npm run dump` into an empty database, in one transaction.
import { createReadStream, existsSync } from "node:fs";
import pg from "pg";
import { readEnv } from "@/lib/config/env-schema";
import { RestoreRefused, restoreDump } from "./lib/database-dump";
import { FatalError, runMain } from "./lib/fatal";
import { withScriptDatabase } from "./lib/script-database";

runMain(async () => {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new FatalError("name the dump to restore: npm run restore -- crosscheck.json");
  if (!existsSync(file)) throw new FatalError(`no such file: ${file}`);
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  const counts = await withScriptDatabase(parsed.env, async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      return await restoreDump(client, createReadStream(file));
    } catch (error) {
      if (error instanceof RestoreRefused)
        throw new FatalError(`nothing restored: ${error.message}`);
      throw error;
    } finally {
      await client.end();
    }
  });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.error(`restored ${rows} rows from ${file}`);
});
