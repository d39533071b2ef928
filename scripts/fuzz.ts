// npm run fuzz -- [--requests 20000] [--seed 123] [--actions 3000]: the long fuzz run. The same
// suite as the short run inside npm test (app/api/v1/fuzz.int.test.ts), with more requests, on a
// database of its own; prints the figures and every failure with the seed that replays it.
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabaseIfMissing } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrate";
import { startScratchPostgres } from "./db/scratch-database";
import { parseArgs } from "./lib/cli-args";
import { FatalError, runMain } from "./lib/fatal";
import { generateClientIfStale } from "./lib/next-build";
import { run, step } from "./lib/steps";

const DATABASE = "crosscheck_fuzz";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  const requests = whole(args.requests ?? "20000", "--requests");
  const seed = whole(args.seed ?? String(Math.floor(Math.random() * 2 ** 31)), "--seed");
  const actions = whole(args.actions ?? String(Math.ceil(requests / 6)), "--actions");
  await generateClientIfStale();
  const server = await step("fuzz database", startScratchPostgres);
  const report = join(tmpdir(), `crosscheck-fuzz-${process.pid}.json`);
  let failed = false;
  try {
    await createDatabaseIfMissing(server.urlFor("postgres"), DATABASE);
    const url = server.urlFor(DATABASE);
    await applyMigrations(url);
    await step(`fuzz: ${requests} requests, ${actions} action calls, seed ${seed}`, () =>
      run(
        "npx",
        [
          "--no-install",
          "vitest",
          "run",
          "--project",
          "integration",
          "app/api/v1/fuzz.int.test.ts",
        ],
        {
          DATABASE_URL: url,
          FUZZ_REQUESTS: String(requests),
          FUZZ_ACTION_CALLS: String(actions),
          FUZZ_SEED: String(seed),
          FUZZ_REPORT: report,
        },
      ).catch(() => {
        failed = true;
      }),
    );
  } finally {
    await server.stop();
  }
  printReport(report, seed);
  rmSync(report, { force: true });
  if (failed)
    throw new FatalError(
      `the fuzz run found failures; replay with --seed ${seed} --requests ${requests}`,
    );
});

function printReport(path: string, seed: number) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new FatalError("the fuzz run wrote no report (see the output above)");
  }
  const { api, actions, actionRequests } = JSON.parse(text) as Report;
  const byClass: Record<string, number> = {};
  for (const [status, count] of Object.entries(api.byStatus))
    byClass[`${status[0]}xx`] = (byClass[`${status[0]}xx`] ?? 0) + count;
  const lines = [
    `seed ${seed}`,
    `API: ${api.requests} requests to ${api.routes} route files in ${(api.milliseconds / 1000).toFixed(0)} s`,
    `  by status: ${format(api.byStatus)}`,
    `  by class:  ${format(byClass)}`,
    `  acknowledged writes read back: ${api.acknowledgedWrites}`,
    `server actions: ${actions.calls} calls to ${actions.actions} actions — ${format(actions.outcomes)}`,
    `action requests through proxy.ts: ${actionRequests.requests} — ${format(actionRequests.statuses)}`,
    `failures: ${api.failures.length + actions.failures.length + actionRequests.failures.length}`,
    ...[...api.failures, ...actions.failures, ...actionRequests.failures].map(
      (f) =>
        `  #${f.index} (request seed ${f.requestSeed}): ${f.problem} — ${f.request.slice(0, 300)}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

interface Failure {
  index: number;
  requestSeed: number;
  request: string;
  problem: string;
}

interface Report {
  api: {
    requests: number;
    routes: number;
    milliseconds: number;
    byStatus: Record<string, number>;
    acknowledgedWrites: number;
    failures: Failure[];
  };
  actions: {
    calls: number;
    actions: number;
    outcomes: Record<string, number>;
    failures: Failure[];
  };
  actionRequests: { requests: number; statuses: Record<string, number>; failures: Failure[] };
}

function format(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key}: ${count}`)
    .join(", ");
}

function whole(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0)
    throw new FatalError(`${name} must be a whole number`);
  return number;
}
