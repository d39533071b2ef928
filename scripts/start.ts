// npm start: configuration → database → migrations → sample data → build (when stale) → serve.
// With --dev, serves with `next dev` instead of building.
import { spawn } from "node:child_process";
import { readEnv } from "@/lib/config/env-schema";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { checkConnection } from "./db/check-connection";
import { chooseDataFolder } from "./db/data-folder";
import { applyMigrations } from "./db/migrate";
import { FatalError, asFatal, runMain } from "./lib/fatal";
import { QUIET_NEXT, buildIfStale, generateClientIfStale } from "./lib/next-build";
import { assertPortFree, waitForPort } from "./lib/port";
import { step } from "./lib/steps";

const DATA_DIR = ".data/postgres";
const dev = process.argv.includes("--dev");

runMain(async () => {
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  const env = parsed.env;
  await assertPortFree(env.PORT, "Crosscheck's web server (set PORT to use another)");

  const database = await step("database", () => openDatabase(env), describeDatabase(env));
  const stop = onceOnly(() => database.stop());
  try {
    process.env.DATABASE_URL = database.url;
    await step("Prisma client", generateClientIfStale, (made) =>
      made ? "generated" : "up to date",
    );
    await step(
      "migrations",
      () => applyMigrations(database.url).catch(asFatal("could not apply the migrations")),
      (names) => (names.length ? `applied ${names.join(", ")}` : "up to date"),
    );
    // Imported only now: the data layer reads DATABASE_URL when it loads.
    const { seedIfEmpty } = await import("../seed/seed-database");
    await step("sample corpus", seedIfEmpty, (report) =>
      report
        ? `added ${report.sourcesAdded} sources and ${report.claimsAdded} claims`
        : "library not empty, nothing added",
    );
    const { createFirstAccount } = await import("../seed/first-account");
    const first = await step("accounts", createFirstAccount, (made) =>
      made ? `made the first admin account, ${made.email}` : "in place",
    );
    const { refreshOutdatedVerdicts } = await import("@/lib/questions/verdict-check");
    await step("stored verdicts", refreshOutdatedVerdicts, (count) =>
      count ? `recomputed ${count} made by an older version` : "up to date",
    );
    if (!dev) await step("build", buildIfStale, (built) => (built ? "built" : "up to date"));
    if (first) printFirstAccount(first, env.PORT);
    await serve(env.HOST, env.PORT, database.url);
  } finally {
    await stop();
  }
});

function openDatabase(env: {
  DATABASE_URL?: string;
  CROSSCHECK_PG_PORT: number;
}): Promise<EmbeddedDatabase> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    return checkConnection(url).then(() => ({ url, urlFor: () => url, stop: async () => {} }));
  }
  const folder = chooseDataFolder(DATA_DIR);
  if (folder.note) console.log(`  note: ${folder.note}`);
  return startEmbeddedPostgres({
    dataDir: folder.dir,
    port: env.CROSSCHECK_PG_PORT,
    database: "crosscheck",
    persistent: true,
  });
}

function describeDatabase(env: { DATABASE_URL?: string; CROSSCHECK_PG_PORT: number }) {
  return () =>
    env.DATABASE_URL
      ? `using DATABASE_URL (${new URL(env.DATABASE_URL).host})`
      : `embedded PostgreSQL on 127.0.0.1:${env.CROSSCHECK_PG_PORT}, data in ${DATA_DIR}`;
}

// Serves (scripts/serve.ts: Next.js inside our own HTTP server) until the server exits or we are
// asked to stop; Ctrl-C reaches the server and the database together (one process group), and the
// database is then stopped cleanly.
function serve(host: string, port: number, databaseUrl: string): Promise<void> {
  const args = ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])];
  const server = spawn("node", args, {
    stdio: "inherit",
    env: {
      ...process.env,
      ...QUIET_NEXT,
      DATABASE_URL: databaseUrl,
      HOST: host,
      PORT: String(port),
    },
  });
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  process.on("exit", () => server.kill("SIGTERM"));
  const loopbackOrAll = ["0.0.0.0", "::", "127.0.0.1", "::1", "localhost"].includes(host);
  const shown = loopbackOrAll ? "localhost" : host;
  // Said only once the server answers, so the address works the moment it is printed.
  void waitForPort(host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host, port).then(
    (up) => {
      if (up) console.log(`\nCrosscheck is on http://${shown}:${port} — press Ctrl-C to stop.\n`);
    },
  );
  return new Promise((resolve) => server.once("exit", () => resolve()));
}

function onceOnly(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= work());
}

// Shown once, on the start that made the account: the password is stored only as a hash.
function printFirstAccount(account: { email: string; password: string }, port: number) {
  console.log(
    [
      "",
      "  ┌ Sign in to edit: this password is shown only now.",
      `  │ http://localhost:${port}/sign-in  —  ${account.email}  /  ${account.password}`,
      "  │ Change it on your account page; make more accounts with `npm run user:create`",
      "  └ (see the README: “Accounts and roles”).",
      "",
    ].join("\n"),
  );
}
