// The role × action matrix: every row of access-table.ts × every kind of caller (anonymous, reader,
// editor, admin, a revoked token or signed-out session), on a public and on a private instance,
// checked against the server code itself — route handlers called as Next calls them, server
// actions called as Next runs them. Fails when an endpoint exists that the table does not list.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { getAuth } from "@/lib/auth/auth";
import { createOrResetUser } from "@/lib/auth/user-data";
import { db } from "@/lib/db/client";
import {
  findRouteFiles,
  findServerActionFiles,
  routeParams,
} from "@/lib/testing/endpoint-discovery";
import {
  ACTIONS,
  CALLERS,
  ROUTES,
  expectedOutcome,
  type Caller,
  type Outcome,
  type RouteRow,
} from "./access-table";

// Server actions read the request through next/headers; here each call sets what it carries.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => {},
    has: () => false,
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const root = fileURLToPath(new URL("../..", import.meta.url));
const ROLES = ["reader", "editor", "admin"] as const;
type Role = (typeof ROLES)[number];

interface Credentials {
  /** The Authorization header value, for the JSON API. */
  bearer: string | null;
  /** A Cookie header value, for the auth endpoints and server actions. */
  cookie: string | null;
}

const emails: string[] = [];
const accounts = new Map<Role, { email: string; password: string }>();
const callers = new Map<Caller, Credentials>();

beforeAll(async () => {
  for (const role of ROLES) {
    const email = `matrix-${role}-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const password = crypto.randomUUID();
    emails.push(email);
    const made = await createOrResetUser({ email, password, role });
    if (!made.ok) throw new Error(made.message);
    accounts.set(role, { email, password });
    callers.set(role, {
      bearer: `Bearer ${(await createApiToken(made.user.id, "matrix")).token}`,
      cookie: await signIn(role),
    });
  }
  // A revoked token, and the cookie of a session that was signed out.
  const reader = await db.user.findUniqueOrThrow({
    where: { email: accounts.get("reader")!.email },
    select: { id: true },
  });
  const revoked = await createApiToken(reader.id, "revoked");
  await revokeApiToken(reader.id, revoked.summary.id);
  const signedOut = await signIn("reader");
  const auth = await getAuth();
  await auth.api.signOut({ headers: new Headers({ cookie: signedOut }) });
  callers.set("revoked", { bearer: `Bearer ${revoked.token}`, cookie: signedOut });
  callers.set("anonymous", { bearer: null, cookie: null });
});

afterAll(async () => {
  delete process.env.CROSSCHECK_PRIVATE;
  await db.user.deleteMany({ where: { email: { in: emails } } });
});

describe("the access table lists every endpoint", () => {
  test("every route handler file has rows, and every row names a file that exists", () => {
    const files = findRouteFiles(root);
    expect(files.filter((file) => !ROUTES.some((row) => row.file === file))).toEqual([]);
    expect(ROUTES.filter((row) => !files.includes(row.file)).map((row) => row.file)).toEqual([]);
    for (const row of ROUTES) expect(routeParams(row.file, row.path), row.path).not.toBeNull();
  });

  test("every method a route file exports is in the table, or answers 405 to everyone", async () => {
    const unlisted: string[] = [];
    for (const file of findRouteFiles(root)) {
      // A file without rows is reported by the test above.
      const path = ROUTES.find((row) => row.file === file)?.path;
      if (!path) continue;
      const exported = await importRoute(file);
      for (const [method, handler] of Object.entries(exported)) {
        // Route segment settings (`dynamic`) are exported beside the handlers.
        if (typeof handler !== "function") continue;
        if (ROUTES.some((row) => row.file === file && row.method === method)) continue;
        for (const caller of ["anonymous", "admin"] as const) {
          const response = await callHandler(handler, file, method, path, caller);
          const refused = method === "OPTIONS" ? response.status === 204 : response.status === 405;
          if (!refused) unlisted.push(`${method} ${path} (${caller}: ${response.status})`);
        }
      }
    }
    expect(unlisted).toEqual([]);
  });

  test("every server action module's exports are in the table, and only those", async () => {
    const found: string[] = [];
    for (const file of findServerActionFiles(root)) {
      const exported = (await import(/* @vite-ignore */ `${root}${file}`)) as object;
      for (const name of Object.keys(exported)) found.push(`${file} ${name}`);
    }
    const listed = ACTIONS.map((row) => `${row.file} ${row.name}`);
    expect(found.filter((entry) => !listed.includes(entry))).toEqual([]);
    expect(listed.filter((entry) => !found.includes(entry))).toEqual([]);
  });
});

for (const isPrivate of [false, true]) {
  describe(`${isPrivate ? "a private" : "a public"} instance`, () => {
    beforeAll(() => {
      if (isPrivate) process.env.CROSSCHECK_PRIVATE = "1";
      else delete process.env.CROSSCHECK_PRIVATE;
    });

    describe.each(ROUTES)("$method $path ($access)", (row) => {
      test.each(CALLERS)("%s", async (caller) => {
        const exported = await importRoute(row.file);
        const handler = exported[row.method];
        expect(handler, `${row.file} exports no ${row.method}`).toBeTypeOf("function");
        const response = await callHandler(handler, row.file, row.method, row.path, caller, row);
        const expected = expectedOutcome(row.access, caller, isPrivate);
        expect(routeOutcome(response.status)).toBe(expected);
        if (expected === "allowed") {
          expect(response.status).toBeLessThan(500);
          if (row.status) expect(response.status).toBe(row.status);
        } else if (row.path.startsWith("/api/v1/")) {
          // The documented error body, and the challenge a 401 must carry.
          const body = (await response.json()) as { error: { code: string; message: string } };
          expect(body.error.code).toBe(expected === 401 ? "unauthorized" : "forbidden");
          expect(body.error.message).toBeTruthy();
          if (expected === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        }
      });
    });

    describe.each(ACTIONS)("$name in $file ($access)", (row) => {
      test.each(CALLERS)("%s", async (caller) => {
        const exported = (await import(/* @vite-ignore */ `${root}${row.file}`)) as Record<
          string,
          (...args: unknown[]) => Promise<unknown>
        >;
        const credentials = await credentialsFor(caller, row.ownSession);
        request.headers = new Headers(credentials.cookie ? { cookie: credentials.cookie } : {});
        const outcome = await actionOutcome(() => exported[row.name]!(...row.args()));
        expect(outcome).toBe(expectedOutcome(row.access, caller, isPrivate));
      });
    });
  });
}

describe("server action arguments", () => {
  test("a history restore for a kind that is not ours is a 404, never a redirect elsewhere", async () => {
    const { revertAction } = await import("@/app/_components/history-actions");
    request.headers = new Headers({ cookie: callers.get("editor")!.cookie! });
    const form = new FormData();
    form.set("version", "1");
    form.set("currentVersion", "1");
    const kind = "/evil.example" as "claims";
    const thrown = await revertAction(kind, "x", form).catch((error: unknown) => error);
    expect(String((thrown as { digest?: unknown }).digest)).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });
});

type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

async function importRoute(file: string): Promise<Record<string, RouteHandler>> {
  return (await import(/* @vite-ignore */ `${root}${file}`)) as Record<string, RouteHandler>;
}

async function callHandler(
  handler: RouteHandler | undefined,
  file: string,
  method: string,
  path: string,
  caller: Caller,
  row?: RouteRow,
): Promise<Response> {
  const url = `http://matrix.test${path}`;
  const credentials = await credentialsFor(caller, row?.ownSession);
  const headers = new Headers({ origin: "http://matrix.test" });
  // The JSON API is called by programs with tokens; the account endpoints by browsers.
  if (path.startsWith("/api/auth/")) {
    if (credentials.cookie) headers.set("cookie", credentials.cookie);
  } else if (credentials.bearer) headers.set("authorization", credentials.bearer);
  if (row?.json !== undefined) headers.set("content-type", "application/json");
  const body = row?.json === undefined ? undefined : JSON.stringify(row.json);
  const params = Promise.resolve(routeParams(file, path));
  return handler!(new Request(url, { method, headers, body }), { params });
}

function routeOutcome(status: number): Outcome {
  return status === 401 || status === 403 ? status : "allowed";
}

/**
 * What a server action did for its caller: 401 when it asked them to sign in (a redirect to the
 * sign-in page, or the "sign in" message a form shows), 403 when their role was refused.
 */
async function actionOutcome(call: () => Promise<unknown>): Promise<Outcome> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    const target = digest.split(";")[2] ?? "";
    if (target.startsWith("/sign-in")) return 401;
    if (target.startsWith("/forbidden")) return 403;
    return "allowed";
  }
  const message = String((result as { message?: unknown } | undefined)?.message ?? "");
  if (/^Sign in to do this/.test(message)) return 401;
  if (/may not do this; ask an admin/.test(message)) return 403;
  return "allowed";
}

async function credentialsFor(caller: Caller, ownSession = false): Promise<Credentials> {
  if (ownSession && caller !== "anonymous" && caller !== "revoked")
    return { bearer: callers.get(caller)!.bearer, cookie: await signIn(caller) };
  return callers.get(caller)!;
}

async function signIn(role: Role): Promise<string> {
  const { email, password } = accounts.get(role)!;
  const auth = await getAuth();
  const result = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = result.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`no session cookie for the ${role}`);
  return cookie;
}
