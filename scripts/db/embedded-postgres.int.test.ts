import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { freePort } from "../lib/port";
import { startEmbeddedPostgres } from "./embedded-postgres";

// The way `npm start` meets a fresh clone: nothing exists yet above the data folder.
const root = mkdtempSync(join(tmpdir(), "crosscheck-pg-test-"));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("starts in a folder that does not exist yet, refuses a second server on it, stops cleanly", async () => {
  const dataDir = join(root, "project", ".data", "postgres");
  const port = await freePort();
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    database: "crosscheck",
    persistent: true,
  });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    await client.end();
    expect(rows[0]?.db).toBe("crosscheck");
    expect(existsSync(join(root, "project", ".data", ".pg-password-" + process.pid))).toBe(false);

    const second = startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: "x",
      persistent: true,
    });
    await expect(second).rejects.toThrow(/already in use by a running PostgreSQL/);
  } finally {
    await server.stop();
  }
  expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false);
  expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
});
