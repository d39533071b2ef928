import fc from "fast-check";
import { answerProblem } from "./invariants";
import { dispatch, type Answer, type SentRequest } from "./dispatch";
import { Ledger } from "./ledger";
import { plannedRequest, type BodyPlan, type PlannedRequest } from "./request-plan";
import { findRouteFiles, routePath, routePattern, type RouteFile } from "./route-files";
import { IdPools } from "./id-pools";
import { FUZZ_TEXT } from "./body-templates";
import { checkAcknowledged, checkListsAnswer, servedMethods } from "./final-checks";

/** Settings of one run: the seed makes it replayable, `requests` its length. */
export interface FuzzOptions {
  root: string;
  seed: number;
  requests: number;
  /** Bearer tokens of an admin and of nobody known; `none` sends no Authorization. */
  adminToken: string;
  onProgress?: (done: number) => void;
}

/** One broken invariant, with what replays it. */
export interface FuzzFailure {
  index: number;
  requestSeed: number;
  request: string;
  problem: string;
}

/** The figures of a run. */
export interface FuzzSummary {
  seed: number;
  requests: number;
  routes: number;
  byStatus: Record<string, number>;
  /** Statuses by method and route pattern: `POST /api/v1/claims` → { "201": 40, "422": 12 }. */
  byRoute: Record<string, Record<string, number>>;
  acknowledgedWrites: number;
  failures: FuzzFailure[];
  milliseconds: number;
  /** Every id the run saw, so a test can remove its rows afterwards. */
  seen: IdPools;
}

/**
 * Sends `requests` generated requests, one at a time, to every route handler under app/api, and
 * checks each answer (no 5xx, the documented error body); then checks that every acknowledged
 * write can be read back as acknowledged, and that every list still answers 200.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const routes = findRouteFiles(options.root, "app/api");
  const modules = await Promise.all(
    routes.map((r) => import(`${options.root}/${r.file}`) as Promise<Record<string, unknown>>),
  );
  const served = await Promise.all(modules.map(servedMethods));
  const arbitrary = plannedRequest(routes, served);
  const pools = new IdPools();
  const ledger = new Ledger();
  const byStatus: Record<string, number> = {};
  const byRoute: Record<string, Record<string, number>> = {};
  const failures: FuzzFailure[] = [];
  const fail = (index: number, requestSeed: number, request: string, problem: string) =>
    failures.push({ index, requestSeed, request, problem });

  await seedRows(routes, modules, pools, ledger, options.adminToken);
  for (let index = 0; index < options.requests; index++) {
    // Mixed, so that the runs of seeds 1 and 2 share no request.
    const requestSeed = (options.seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0;
    const [planned] = fc.sample(arbitrary, { seed: requestSeed, numRuns: 1 });
    if (!planned) continue;
    const route = routes[planned.route]!;
    const sent = resolve(route, planned, pools, options.adminToken);
    const label = describe(sent);
    let answer: Answer;
    try {
      answer = await dispatch(modules[planned.route]!, sent);
    } catch (error) {
      fail(
        index,
        requestSeed,
        label,
        `threw ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
    const problem = answerProblem({
      method: sent.method,
      // As the server sees it: "/api/../etc" is "/etc", outside the API.
      path: new URL(sent.path, "http://127.0.0.1").pathname,
      status: answer.status,
      contentType: answer.headers.get("content-type") ?? "",
      allow: answer.headers.get("allow"),
      text: answer.text,
    });
    if (problem) fail(index, requestSeed, label, problem);
    const body = parseJson(answer.text);
    const pattern = routePattern(route.segments);
    const counts = (byRoute[`${sent.method} ${pattern}`] ??= {});
    counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    pools.learn(pattern, answer.status, body);
    const id = typeof sent.params.id === "string" ? sent.params.id : undefined;
    ledger.note(pattern, sent.method, answer.status, id, body, String(index));
    options.onProgress?.(index + 1);
  }

  for (const problem of await checkAcknowledged(ledger, routes, modules, options.adminToken))
    fail(-1, options.seed, "after the run", problem);
  for (const problem of await checkListsAnswer(routes, modules, options.adminToken))
    fail(-1, options.seed, "after the run", problem);
  return {
    seed: options.seed,
    requests: options.requests,
    routes: routes.length,
    byStatus,
    byRoute,
    acknowledgedWrites: ledger.toCheck().length,
    failures,
    milliseconds: Date.now() - started,
    seen: pools,
  };
}

// A few sources and claims made the ordinary way, so generated requests have rows to name.
async function seedRows(
  routes: RouteFile[],
  modules: Record<string, unknown>[],
  pools: IdPools,
  ledger: Ledger,
  token: string,
) {
  const post = async (pattern: string, json: unknown) => {
    const index = routes.findIndex((r) => routePattern(r.segments) === pattern);
    if (index < 0) return;
    const answer = await dispatch(modules[index]!, {
      method: "POST",
      path: pattern,
      query: {},
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(pools.fillRefs(json)),
      params: {},
    });
    const body = parseJson(answer.text);
    pools.learn(pattern, answer.status, body);
    ledger.note(pattern, "POST", answer.status, undefined, body);
  };
  for (let n = 0; n < 3; n++) {
    await post("/api/v1/sources", {
      title: `Fuzz seed ${n}`,
      text: `${FUZZ_TEXT}\n${crypto.randomUUID()}`,
    });
    await post("/api/v1/claims", {
      sourceId: `$source:${n}`,
      question: { subject: "Fuzz event A", measure: "killed", kind: "count" },
      quote: { exact: "26 people were killed" },
    });
  }
}

function resolve(
  route: RouteFile,
  planned: PlannedRequest,
  pools: IdPools,
  adminToken: string,
): SentRequest {
  const values: Record<string, string> = {};
  route.segments.forEach((segment, i) => {
    if (typeof segment === "string") return;
    const name = "param" in segment ? segment.param : segment.rest;
    const before = route.segments[i - 1];
    values[name] = pools.pick(
      planned.params[name] ?? { literal: "x" },
      name,
      typeof before === "string" ? before : "",
    );
  });
  const params: Record<string, string | string[]> = { ...values };
  for (const segment of route.segments)
    if (typeof segment === "object" && "rest" in segment)
      params[segment.rest] = (values[segment.rest] ?? "").split("/");
  const headers: Record<string, string> = { ...planned.headers };
  if (planned.as === "admin") headers.authorization = `Bearer ${adminToken}`;
  if (planned.as === "bad") headers.authorization = "Bearer not-a-token";
  return {
    method: planned.method,
    path: routePath(route.segments, values),
    query: planned.query,
    headers,
    body: bodyOf(planned.body, pools),
    params,
  };
}

function bodyOf(plan: BodyPlan, pools: IdPools): string | Uint8Array<ArrayBuffer> | undefined {
  if ("none" in plan) return undefined;
  if ("raw" in plan) return plan.raw;
  if ("huge" in plan) return `{"text":"${"a".repeat(plan.huge)}"}`;
  if ("deep" in plan) return "[".repeat(plan.deep) + "]".repeat(plan.deep);
  if ("bytes" in plan) return new Uint8Array(plan.bytes);
  return JSON.stringify(pools.fillRefs(plan.json)) ?? "null";
}

function describe(sent: SentRequest): string {
  const query = new URLSearchParams(sent.query).toString();
  const body =
    typeof sent.body === "string"
      ? sent.body.slice(0, 300)
      : sent.body
        ? `<${sent.body.length} bytes>`
        : "";
  const { authorization, ...shown } = sent.headers;
  return `${sent.method} ${sent.path}${query ? `?${query}` : ""} ${authorization ? "[token] " : ""}${JSON.stringify(shown)} ${body}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
