import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabaseIfMissing, type EmbeddedDatabase } from "@/scripts/db/embedded-postgres";
import { applyMigrations } from "@/scripts/db/migrate";
import { freePort, waitForPort } from "@/scripts/lib/port";
import { writeCorpus, type Corpus } from "./corpus";

export interface Instance {
  claims: number;
  url: string;
  base: string;
  corpus: Corpus;
  /** The app server's process id (its memory is measured). */
  pid: number;
  sql: pg.Pool;
  /** The server's memory right after a full garbage collection (see memory-probe.ts). */
  memoryAfterGc(): Promise<MemoryFigures>;
  stop(): Promise<void>;
}

/** process.memoryUsage() of the app server, in MB. */
export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** A migrated database with the corpus of `claims` claims, and the built app serving it. */
export async function startInstance(server: EmbeddedDatabase, claims: number): Promise<Instance> {
  const name = `crosscheck_bench_${claims}`;
  await createDatabaseIfMissing(server.urlFor("postgres"), name);
  const url = server.urlFor(name);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let corpus: Corpus;
  try {
    const started = performance.now();
    corpus = await writeCorpus(client, claims);
    console.log(`  ${claims} claims copied in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await client.end();
  }
  await runChild(["bench/scale/refresh-verdicts.ts"], { DATABASE_URL: url });
  const port = await freePort();
  const memoryFile = join(tmpdir(), `crosscheck-bench-memory-${process.pid}-${claims}.json`);
  const app = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--conditions=react-server",
      "--import",
      "tsx",
      "--import",
      "./bench/scale/memory-probe.ts",
      "scripts/serve.ts",
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: "127.0.0.1",
        BENCH_MEMORY_FILE: memoryFile,
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (!(await waitForPort("127.0.0.1", port, 120_000)))
    throw new Error(`the app on ${url} did not start`);
  const sql = new pg.Pool({ connectionString: url, max: 8 });
  return {
    claims,
    url,
    base: `http://127.0.0.1:${port}`,
    corpus,
    pid: app.pid ?? 0,
    sql,
    memoryAfterGc: () => memoryAfterGc(app, memoryFile),
    stop: async () => {
      await sql.end();
      await stopChild(app);
      rmSync(memoryFile, { force: true });
    },
  };
}

async function memoryAfterGc(app: ChildProcess, file: string): Promise<MemoryFigures> {
  rmSync(file, { force: true });
  app.kill("SIGUSR2");
  for (let waited = 0; waited < 10_000; waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
    try {
      const figures = JSON.parse(readFileSync(file, "utf8")) as MemoryFigures;
      const mb = (bytes: number) => bytes / 2 ** 20;
      return {
        rss: mb(figures.rss),
        heapUsed: mb(figures.heapUsed),
        heapTotal: mb(figures.heapTotal),
        external: mb(figures.external),
        arrayBuffers: mb(figures.arrayBuffers),
      };
    } catch {
      // Not written yet (or half written): wait.
    }
  }
  throw new Error("the app server did not report its memory after a collection");
}

function runChild(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return new Promise((done, failed) =>
    child.once("exit", (code) => (code === 0 ? done() : failed(new Error(`${args[0]}: ${code}`)))),
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  return exited;
}
