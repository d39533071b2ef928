import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Env } from "@/lib/config/env-schema";
import { checkConnection } from "../db/check-connection";
import { chooseDataFolder } from "../db/data-folder";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrate";

const DATA_DIR = ".data/postgres";

/**
 * Runs a command-line script's work against the app's database: DATABASE_URL when set, else the
 * embedded PostgreSQL — the one `npm start` is running, or, when the app is stopped, started for
 * the script and stopped after it.
 */
export async function withScriptDatabase<T>(env: Env, work: () => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    process.env.DATABASE_URL = env.DATABASE_URL;
    return work();
  }
  const { dir } = chooseDataFolder(DATA_DIR);
  if (serverRunning(dir)) {
    process.env.DATABASE_URL = `postgresql://postgres:crosscheck@127.0.0.1:${env.CROSSCHECK_PG_PORT}/crosscheck`;
    return work();
  }
  const database = await startEmbeddedPostgres({
    dataDir: dir,
    port: env.CROSSCHECK_PG_PORT,
    database: "crosscheck",
    persistent: true,
  });
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    return await work();
  } finally {
    await database.stop();
  }
}

function serverRunning(dataDir: string): boolean {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    return Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
  } catch {
    return false;
  }
}
