import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { APP_ORIGIN } from "./dispatch";
import { hostileJson, oddText } from "./hostile-values";
import type { FuzzFailure } from "./run-fuzz";

// The words actions return when they caught an unexpected error: a 500 in disguise.
const APOLOGY = /went wrong on our side/;

type Action = (...args: unknown[]) => Promise<unknown>;

/** Who the action's request comes from; the test's mock of next/headers reads it. */
export type SetCaller = (as: "admin" | "none") => void;

const FIELD_NAMES = [
  "title",
  "text",
  "version",
  "currentVersion",
  "email",
  "password",
  "newPassword",
  "currentPassword",
  "role",
  "name",
  "publisher",
  "published",
  "authors",
  "url",
  "kind",
  "language",
  "next",
  "x",
];

/**
 * Calls every server action (each export of a "use server" file under app/) with generated
 * arguments — ids, form data with odd fields and files, hostile JSON — as an admin and as
 * nobody. An action may return a state or redirect (Next answers 303); anything else it throws
 * becomes a 500 page, and is a failure.
 */
export async function fuzzActions(options: {
  root: string;
  seed: number;
  calls: number;
  ids: readonly string[];
  setCaller: SetCaller;
}) {
  const actions: { name: string; run: Action }[] = [];
  for (const file of findServerActionFiles(options.root)) {
    const loaded = (await import(`${options.root}/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded))
      if (typeof value === "function")
        actions.push({ name: `${file}#${name}`, run: value as Action });
  }
  const outcomes: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const argument = fc.oneof(
    fc.nat().map((n) => options.ids[n % Math.max(1, options.ids.length)] ?? "none"),
    oddText(),
    formData(),
    hostileJson(),
  );
  for (let index = 0; index < options.calls; index++) {
    const requestSeed = (options.seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0;
    const [plan] = fc.sample(
      fc.record({
        action: fc.nat({ max: actions.length - 1 }),
        as: fc.constantFrom("admin" as const, "none" as const),
        args: fc.array(argument, { minLength: 1, maxLength: 3 }),
      }),
      { seed: requestSeed, numRuns: 1 },
    );
    if (!plan) continue;
    const action = actions[plan.action]!;
    options.setCaller(plan.as);
    const outcome = await action.run(...plan.args).then(
      (value) =>
        APOLOGY.test(JSON.stringify(value) ?? "")
          ? "threw (caught, apologised): see the log"
          : "returned",
      (error: unknown) =>
        controlFlow(error) ??
        `threw ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
    );
    const kind = outcome.startsWith("threw") ? "threw" : outcome;
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    if (kind === "threw")
      failures.push({
        index,
        requestSeed,
        request: `${action.name} as ${plan.as}`,
        problem: outcome,
      });
  }
  return { actions: actions.length, calls: options.calls, outcomes, failures };
}

/**
 * Posts action requests to pages the way a careless or hostile browser would (garbage bodies,
 * another site's Origin, oversized forms); what proxy.ts lets through goes on to Next, and what
 * it refuses must be a 4xx.
 */
export async function fuzzActionRequests(seed: number, count: number) {
  const failures: FuzzFailure[] = [];
  const statuses: Record<string, number> = {};
  const plan = fc.record({
    path: fc.constantFrom("/sources/new", "/", "/claims/x", "/trash", "/sources/x/edit"),
    origin: fc.constantFrom(APP_ORIGIN, "http://evil.example", "null", undefined),
    type: fc.constantFrom(
      "text/plain;charset=UTF-8",
      "multipart/form-data; boundary=B",
      "application/x-www-form-urlencoded",
      "application/json",
      undefined,
    ),
    action: fc.constantFrom("60ba60", "", "x".repeat(500)),
    body: fc.oneof(
      oddText(),
      fc.constantFrom("--B--\r\n", "[]", '["$K1"]', "garbage{{"),
      fc
        .constantFrom(3 * 1024 * 1024)
        .map(
          (n) =>
            `--B\r\nContent-Disposition: form-data; name="text"\r\n\r\n${"a".repeat(n)}\r\n--B--\r\n`,
        ),
    ),
  });
  for (let index = 0; index < count; index++) {
    const requestSeed = (seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0;
    const [p] = fc.sample(plan, { seed: requestSeed, numRuns: 1 });
    if (!p) continue;
    const headers: Record<string, string> = { host: "127.0.0.1:3000", "next-action": p.action };
    if (p.origin) headers.origin = p.origin;
    if (p.type) headers["content-type"] = p.type;
    const response = await proxy(
      new NextRequest(new URL(p.path, APP_ORIGIN), { method: "POST", headers, body: p.body }),
    );
    const passed = response.headers.get("x-middleware-next") === "1";
    const key = passed ? "passed on" : String(response.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
    if (!passed && (response.status < 400 || response.status >= 500))
      failures.push({
        index,
        requestSeed,
        request: `POST ${p.path} ${JSON.stringify(headers)}`,
        problem: `proxy answered ${response.status}`,
      });
  }
  return { requests: count, statuses, failures };
}

/** Files under app/ whose first statement is "use server": every export there is an action. */
export function findServerActionFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.tsx?$/.test(entry.name) &&
        !/\.test\.tsx?$/.test(entry.name) &&
        /^\s*["']use server["']/.test(readFileSync(path, "utf8"))
      )
        found.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(join(root, "app"));
  return found.sort();
}

// Next turns these into a redirect or a not-found page; they are answers, not failures.
function controlFlow(error: unknown): string | null {
  const digest =
    typeof error === "object" && error !== null
      ? (error as { digest?: unknown }).digest
      : undefined;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT")) return "redirected";
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return "not found";
  return null;
}

function formData(): fc.Arbitrary<FormData> {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...FIELD_NAMES),
        fc.oneof(oddText(), fc.constantFrom("1", "0", "-1", "admin", "x@test.example")),
        fc.boolean(),
      ),
      { maxLength: 6 },
    )
    .map((entries) => {
      const data = new FormData();
      for (const [name, value, asFile] of entries)
        data.append(name, asFile ? new File([value], "f.txt") : value);
      return data;
    });
}
