import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test, vi } from "vitest";
import { checkStoredVerdicts } from "@/lib/questions/verdict-check";
import { db } from "@/lib/db/client";
import { fuzzActionRequests, fuzzActions } from "@/lib/testing/fuzz/action-fuzz";
import { runFuzz, type FuzzSummary } from "@/lib/testing/fuzz/run-fuzz";
import { tokenFor } from "@/lib/testing/test-accounts";

// Generated requests against every route handler and server action, on the real database. A
// short run here (npm test); `npm run fuzz -- --requests 20000` runs the long one through this
// same file. FUZZ_SEED replays a run.
const caller = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => caller.headers,
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => {},
    delete: () => {},
    has: () => false,
  }),
}));
// Outside a request Next has no cache to revalidate; the fuzzer checks the data, not the cache.
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  refresh: () => {},
}));

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 600);
const ACTION_CALLS = Number(process.env.FUZZ_ACTION_CALLS ?? Math.ceil(REQUESTS / 6));
// A fixed seed inside `npm test`, so CI is repeatable; `npm run fuzz` passes a fresh one each run.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url)).replace(/\/$/, "");
let created: FuzzSummary["seen"] | undefined;

afterAll(async () => {
  if (created) await removeRows(created);
});

test(
  `fuzz: ${REQUESTS} requests and ${ACTION_CALLS} action calls, seed ${SEED}`,
  { timeout: 120_000 + REQUESTS * 100 },
  async () => {
    process.stdout.write(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})\n`);
    const adminToken = await tokenFor("admin");
    const api = await runFuzz({ root: ROOT, seed: SEED, requests: REQUESTS, adminToken });
    created = api.seen;
    const ids = [...api.seen.all("source"), ...api.seen.all("claim"), ...api.seen.all("question")];
    const actions = await fuzzActions({
      root: ROOT,
      seed: SEED,
      calls: ACTION_CALLS,
      ids,
      setCaller: (as) => {
        caller.headers = new Headers(
          as === "admin" ? { authorization: `Bearer ${adminToken}` } : {},
        );
      },
    });
    const actionRequests = await fuzzActionRequests(SEED, Math.ceil(ACTION_CALLS / 2));
    const { seen: _seen, ...figures } = api;
    const report = { api: figures, actions, actionRequests };
    if (process.env.FUZZ_REPORT)
      writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(report, null, 2));
    expect(api.failures).toEqual([]);
    expect(actions.failures).toEqual([]);
    expect(actionRequests.failures).toEqual([]);
  },
);

// The run's rows go, so other test files see the database as they left it.
async function removeRows(seen: FuzzSummary["seen"]) {
  const sources = [...seen.all("source")];
  const questions = [...seen.all("question")];
  const subjects = [...seen.all("subject")];
  await db.claim.deleteMany({
    where: { OR: [{ sourceId: { in: sources } }, { questionId: { in: questions } }] },
  });
  await db.source.deleteMany({ where: { id: { in: sources } } });
  await db.question.deleteMany({
    where: { OR: [{ id: { in: questions } }, { subjectId: { in: subjects } }] },
  });
  await db.subject.deleteMany({ where: { id: { in: subjects } } });
  // Claims of the run answered questions it did not make: their stored verdicts follow again.
  await checkStoredVerdicts({ fix: true });
}
