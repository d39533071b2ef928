// npm test: every gate, cheapest first — types, lint, format, unit, integration, end-to-end.
// `npm test -- unit|integration|e2e` runs one stage (the last two bring their own database).
import { readEnv } from "@/lib/config/env-schema";
import { createDatabaseIfMissing, type EmbeddedDatabase } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrate";
import { startScratchPostgres } from "./db/scratch-database";
import { findChromium } from "./lib/chromium";
import { FatalError, runMain } from "./lib/fatal";
import { QUIET_NEXT, buildIfStale, generateClientIfStale } from "./lib/next-build";
import { freePort } from "./lib/port";
import { run, step } from "./lib/steps";

const STAGES = ["typecheck", "lint", "format", "unit", "integration", "e2e"] as const;
type Stage = (typeof STAGES)[number];

runMain(async () => {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STAGES.includes(name as Stage));
  if (unknown.length)
    throw new FatalError(`unknown stage ${unknown.join(", ")}; stages: ${STAGES.join(", ")}`);
  const stages = wanted.length ? (wanted as Stage[]) : [...STAGES];
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  // Fail on a missing browser before spending minutes on the other stages.
  const chromium = stages.includes("e2e") ? findChromium(parsed.env.CHROMIUM_PATH) : "";

  await generateClientIfStale();
  const has = (stage: Stage) => stages.includes(stage);
  if (has("typecheck"))
    await step("typecheck", () => run("npx", ["--no-install", "tsc", "--noEmit"]));
  if (has("lint")) await step("lint", () => run("npm", ["run", "--silent", "lint"]));
  if (has("format"))
    await step("format", () => run("npx", ["--no-install", "prettier", "--check", "."]));
  if (has("unit")) await step("unit tests", () => vitest("unit", {}));
  if (!has("integration") && !has("e2e")) return;

  const server = await step("test database server", testServer, (s) => s.describe);
  try {
    if (has("integration")) {
      const url = await freshDatabase(server.db, "crosscheck_integration");
      await step("integration tests", () => vitest("integration", { DATABASE_URL: url }));
    }
    if (has("e2e")) {
      const url = await freshDatabase(server.db, "crosscheck_e2e");
      await step("sample corpus", () => seed(url));
      const accounts = await step("test accounts", () => testAccounts());
      await step("build", buildIfStale, (built) => (built ? "built" : "up to date"));
      await step("end-to-end tests", async () =>
        run("npx", ["--no-install", "playwright", "test"], {
          ...QUIET_NEXT,
          DATABASE_URL: url,
          E2E_PORT: String(await freePort()),
          E2E_SECOND_PORT: String(await freePort()),
          E2E_IMPORT_PORT: String(await freePort()),
          CHROMIUM_PATH: chromium,
          ...accounts,
        }),
      );
    }
  } finally {
    await server.db.stop();
  }
});

/** Each run gets its own server (a throwaway one, unless TEST_DATABASE_URL names an admin URL). */
async function testServer(): Promise<{ db: EmbeddedDatabase; describe: string }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    const urlFor = (name: string) =>
      Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
    return {
      db: { url: admin, urlFor, stop: async () => {} },
      describe: `TEST_DATABASE_URL (${new URL(admin).host})`,
    };
  }
  // Statement statistics let e2e/page-queries.spec.ts count the statements each page runs.
  const db = await startScratchPostgres(undefined, {
    shared_preload_libraries: "pg_stat_statements",
  });
  return { db, describe: "throwaway embedded PostgreSQL in the temporary folder" };
}

// Drops and recreates the stage's database so a run never sees a previous run's rows.
async function freshDatabase(server: EmbeddedDatabase, name: string): Promise<string> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await createDatabaseIfMissing(server.urlFor("postgres"), name);
  const url = server.urlFor(name);
  await applyMigrations(url);
  return url;
}

// The e2e tests read the sample sources, as a reader of a fresh install would.
async function seed(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { seedSampleCorpus } = await import("../seed/seed-database");
  await seedSampleCorpus();
}

// An editor and an admin with passwords made up for this run, and an admin token for the API.
async function testAccounts(): Promise<Record<string, string>> {
  const { createOrResetUser } = await import("@/lib/auth/user-data");
  const { createApiToken } = await import("@/lib/auth/api-tokens");
  const env: Record<string, string> = {};
  for (const role of ["editor", "admin"] as const) {
    const email = `e2e-${role}@test.example`;
    const password = crypto.randomUUID();
    const made = await createOrResetUser({ email, password, role, replace: true });
    if (!made.ok) throw new FatalError(made.message);
    env[`E2E_${role.toUpperCase()}_EMAIL`] = email;
    env[`E2E_${role.toUpperCase()}_PASSWORD`] = password;
    if (role === "admin") env.E2E_ADMIN_TOKEN = (await createApiToken(made.user.id, "e2e")).token;
  }
  return env;
}

function vitest(project: "unit" | "integration", env: Record<string, string>): Promise<void> {
  return run("npx", ["--no-install", "vitest", "run", "--project", project], env);
}
