import { spawn, type ChildProcess } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { FatalError } from "../lib/fatal";
import { assertPortFree } from "../lib/port";
import { postgresBinaries } from "./postgres-binaries";
import { blockingAncestor, postgresUser } from "./postgres-user";

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
  /** Server settings given on its command line (`-c name=value`). */
  settings?: Readonly<Record<string, string>>;
}

/** Starts PostgreSQL from the npm-packaged binaries, initialising its data folder on first use. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  assertNotRunning(dataDir);
  await assertPortFree(options.port, `the embedded PostgreSQL (CROSSCHECK_PG_PORT)`);
  assertReachable(dataDir);
  const binaries = await postgresBinaries();
  const owner = postgresUser();

  if (!existsSync(join(dataDir, "PG_VERSION"))) await initialise(binaries.initdb, dataDir, owner);
  const server = await launch(binaries.postgres, dataDir, options.port, owner, options.settings);

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const stop = async () => {
    await server.stop();
    if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await createDatabaseIfMissing(urlFor("postgres"), options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(options.database), urlFor, stop };
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

type Owner = { uid: number; gid: number } | null;

async function initialise(initdb: string, dataDir: string, owner: Owner): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new FatalError(
      `${dataDir} holds files but no PostgreSQL data; move it away so a fresh database can be created there.`,
    );
  }
  // The parent must stay enterable by the "postgres" user (it holds the password file for a
  // moment); only the data folder itself is private, as PostgreSQL requires.
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { mode: 0o700 });
  // The password file sits beside the data (never in a shared folder) and is gone afterwards.
  const passwordFile = join(dirname(dataDir), `.pg-password-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(dataDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const args = [
      "-D",
      dataDir,
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--no-locale",
    ];
    const { code, output } = await runToEnd(initdb, args, owner);
    if (code !== 0)
      throw new FatalError(`could not initialise PostgreSQL in ${dataDir}: ${lastProblem(output)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function launch(
  postgres: string,
  dataDir: string,
  port: number,
  owner: Owner,
  settings: Readonly<Record<string, string>> = {},
): Promise<{ stop(): Promise<void> }> {
  // No Unix socket: TCP on loopback is all the app uses, and a socket in /tmp could clash.
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
  ];
  const child = spawn(postgres, args, { ...(owner ?? {}), stdio: ["ignore", "ignore", "pipe"] });
  const output: string[] = [];
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  // If this process dies first, the server must not outlive it.
  const orphanGuard = () => child.kill("SIGINT");
  process.once("exit", orphanGuard);
  const stop = async () => {
    process.off("exit", orphanGuard);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
    await exited;
  };
  return new Promise((ready, failed) => {
    child.once("error", (error) =>
      failed(new FatalError(`could not run PostgreSQL (${postgres}): ${error.message}`)),
    );
    child.once("exit", () =>
      failed(new FatalError(`the embedded PostgreSQL did not start: ${lastProblem(output)}`)),
    );
    child.stderr?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString("utf8"));
      // A standby (see standby.ts) says "ready to accept read-only connections".
      if (/ready to accept (read-only )?connections/.test(output.join(""))) ready({ stop });
    });
  });
}

function runToEnd(
  program: string,
  args: string[],
  owner: Owner,
): Promise<{ code: number | null; output: string[] }> {
  return new Promise((done, failed) => {
    const child: ChildProcess = spawn(program, args, {
      ...(owner ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.once("error", (error) =>
      failed(new FatalError(`could not run ${program}: ${error.message}`)),
    );
    child.once("exit", (code) => done({ code, output }));
  });
}

// PostgreSQL would refuse a second server on the same folder too, but only after a confusing log;
// the pid file lets us say plainly what is going on.
function assertNotRunning(dataDir: string): void {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new FatalError(
      `the database folder ${dataDir} is already in use by a running PostgreSQL (pid ${pid}); ` +
        `is another "npm start" running? Stop it first, or set DATABASE_URL to use another server.`,
    );
  }
}

function assertReachable(dataDir: string): void {
  const blocked = blockingAncestor(dataDir);
  if (blocked) {
    throw new FatalError(
      `PostgreSQL runs as the "postgres" user when started by root, and that user cannot enter ${blocked}. ` +
        `Run "chmod o+x ${blocked}", clone Crosscheck elsewhere, or set DATABASE_URL.`,
    );
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

function lastProblem(output: string[]): string {
  const lines = output
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const problem = lines.filter((line) => /FATAL|ERROR|could not|already|denied/i.test(line)).at(-1);
  return problem ?? lines.at(-1) ?? "no message from PostgreSQL";
}
