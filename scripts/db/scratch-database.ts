import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../lib/port";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

/**
 * Starts a throwaway PostgreSQL in the system's temporary folder (never the project's data) and
 * removes it when stopped. Used by tests and by the migration script.
 */
export async function startScratchPostgres(
  database = "crosscheck_scratch",
  settings: Readonly<Record<string, string>> = {},
): Promise<EmbeddedDatabase> {
  // A temporary folder keeps test data away from the user's, and /tmp is always reachable by the
  // "postgres" user that the server runs as under root.
  const parent = mkdtempSync(join(tmpdir(), "crosscheck-pg-"));
  chmodSync(parent, 0o755);
  const removeAll = () => rmSync(parent, { recursive: true, force: true });
  try {
    const dataDir = join(parent, "data");
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database,
      persistent: false,
      settings,
    });
    return { ...server, stop: () => server.stop().finally(removeAll) };
  } catch (error) {
    removeAll();
    throw error;
  }
}

/** Runs `work` against a database on a throwaway server, then stops the server. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = await startScratchPostgres();
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
