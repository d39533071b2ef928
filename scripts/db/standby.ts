import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { FatalError } from "../lib/fatal";
import { freePort } from "../lib/port";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { postgresUser } from "./postgres-user";

// Folders whose contents a base backup leaves out (PostgreSQL's documentation, "Making a Base
// Backup Using the Low Level API"): the standby rebuilds them, or streams them (pg_wal).
const EMPTIED = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts"]);

export interface Standby extends EmbeddedDatabase {
  /** Waits until the standby has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
}

/**
 * Starts a hot standby of the PostgreSQL server behind `primaryAdminUrl` (a superuser's URL) on
 * this machine: a low-level base backup (pg_backup_start, a copy of the data folder,
 * pg_backup_stop), standby.signal and primary_conninfo, then streaming through a replication
 * slot. The primary's data folder must be readable here (tests and the benchmark only).
 */
export async function startStandby(primaryAdminUrl: string, database: string): Promise<Standby> {
  const primary = new pg.Client({ connectionString: primaryAdminUrl });
  await primary.connect();
  const slot = `crosscheck_standby_${process.pid}_${Date.now()}`;
  const parent = mkdtempSync(join(tmpdir(), "crosscheck-standby-"));
  chmodSync(parent, 0o755);
  const dataDir = join(parent, "data");
  let slotMade = false;
  try {
    const source = String((await primary.query("SHOW data_directory")).rows[0].data_directory);
    if (!existsSync(join(source, "PG_VERSION")))
      throw new FatalError(`the primary's data folder is not on this machine (${source})`);
    // The slot keeps the primary's WAL from the backup's start until the standby has streamed it.
    await primary.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    slotMade = true;
    await primary.query("SELECT pg_backup_start('crosscheck standby', true)");
    copyDataFolder(source, dataDir);
    const stopped = await primary.query("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
    writeFileSync(join(dataDir, "backup_label"), stopped.rows[0].labelfile);
    if (stopped.rows[0].spcmapfile)
      writeFileSync(join(dataDir, "tablespace_map"), stopped.rows[0].spcmapfile);
    writeFileSync(join(dataDir, "standby.signal"), "");
    appendFileSync(
      join(dataDir, "postgresql.auto.conf"),
      `\nprimary_conninfo = '${conninfo(primaryAdminUrl)}'\nprimary_slot_name = '${slot}'\n`,
    );
    const owner = postgresUser();
    if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, dataDir]);
    chmodSync(dataDir, 0o700);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database,
      persistent: false,
    });
    const stop = async () => {
      await server.stop();
      await primary.query("SELECT pg_drop_replication_slot($1)", [slot]).catch(() => {});
      await primary.end();
      rmSync(parent, { recursive: true, force: true });
    };
    return { ...server, stop, caughtUp: (ms) => caughtUp(primary, server.urlFor(database), ms) };
  } catch (error) {
    if (slotMade)
      await primary.query("SELECT pg_drop_replication_slot($1)", [slot]).catch(() => {});
    await primary.end();
    rmSync(parent, { recursive: true, force: true });
    throw error;
  }
}

// Copies a running server's folder: files may vanish while it is read (temporary files), which a
// base backup tolerates; the WAL from the backup's start arrives by streaming instead.
function copyDataFolder(from: string, to: string, depth = 0): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (depth === 0 && SKIPPED.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (depth === 0 && EMPTIED.has(entry.name)) mkdirSync(target, { mode: 0o700 });
      else copyDataFolder(source, target, depth + 1);
      continue;
    }
    try {
      copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function conninfo(url: string): string {
  const parsed = new URL(url);
  const quote = (value: string) => `'${decodeURIComponent(value).replace(/[\\']/g, "\\$&")}'`;
  // Doubled, since the whole string sits inside single quotes in postgresql.auto.conf.
  return [
    `host=${parsed.hostname}`,
    `port=${parsed.port || "5432"}`,
    `user=${quote(parsed.username)}`,
    `password=${quote(parsed.password)}`,
  ]
    .join(" ")
    .replace(/'/g, "''");
}

async function caughtUp(primary: pg.Client, standbyUrl: string, timeoutMs = 15_000) {
  const target = (await primary.query("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0].lsn;
  const standby = new pg.Client({ connectionString: standbyUrl });
  await standby.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await standby.query(
        "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
        [target],
      );
      if (rows[0].done) return;
      if (Date.now() > deadline) throw new Error(`the standby did not reach ${target} in time`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await standby.end();
  }
}
