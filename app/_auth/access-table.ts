// Who may call what: every API route handler (by method and path) and every server action, with
// the least access it needs. The role × action matrix test (access-matrix.int.test.ts) is made
// from this one table, checks each row against the server for each kind of caller, and fails
// when a route file, a method or a server action exists that the table does not list.

/**
 * - `open`: anyone, even on a private instance (signing in, unknown addresses).
 * - `read`: anyone, unless the instance is private (CROSSCHECK_PRIVATE=1): then any account.
 * - `signed-in`: any account (its own password and tokens).
 * - `editor`, `admin`: that role or above.
 */
export type Access = "open" | "read" | "signed-in" | "editor" | "admin";

/** The callers of the matrix; `revoked` carries a revoked token or a signed-out session. */
export const CALLERS = ["anonymous", "reader", "editor", "admin", "revoked"] as const;
export type Caller = (typeof CALLERS)[number];

/** What a caller gets: refused before anything is read (401, 403), or let through. */
export type Outcome = 401 | 403 | "allowed";

/** The outcome the table promises for this caller. */
export function expectedOutcome(access: Access, caller: Caller, isPrivate: boolean): Outcome {
  if (access === "open") return "allowed";
  if (caller === "anonymous") return access === "read" && !isPrivate ? "allowed" : 401;
  if (caller === "revoked") return 401;
  if (access === "read" || access === "signed-in") return "allowed";
  if (access === "editor") return caller === "reader" ? 403 : "allowed";
  return caller === "admin" ? "allowed" : 403;
}

/** A record id of the right shape that names nothing, so allowed calls change nothing. */
export const MISSING_ID = "cmatrixmissing000000000000";

export interface RouteRow {
  /** The route handler file. */
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  /** A request path this file serves. */
  path: string;
  access: Access;
  /** A JSON body to send (allowed callers then get a validation error or 404, not a change). */
  json?: unknown;
  /** The exact status an allowed caller gets, where it is always the same. */
  status?: number;
  /** The call ends the caller's session: give it a session of its own. */
  ownSession?: boolean;
}

const v1 = (path: string) => `/api/v1${path}`;
const ID = MISSING_ID;

/** Every API route handler and method that answers something other than 405. */
export const ROUTES: RouteRow[] = [
  ...(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const).map((method): RouteRow => ({
    file: "app/api/[...path]/route.ts",
    method,
    path: "/api/no/such/endpoint",
    access: "open",
    status: 404,
  })),
  // better-auth's endpoints: only these four are served; the rest (sign-up, the admin plugin's
  // user management) must answer 404 to everyone, admins included.
  auth("POST", "/sign-in/email", "open", { json: { email: "matrix-route@test.example" } }),
  auth("POST", "/sign-out", "open", { ownSession: true }),
  auth("GET", "/get-session", "open", { status: 200 }),
  auth("POST", "/change-password", "signed-in", {
    json: { currentPassword: "not it", newPassword: "short" },
    status: 400,
  }),
  auth("POST", "/sign-up/email", "open", { json: {}, status: 404 }),
  auth("POST", "/admin/create-user", "open", { json: {}, status: 404 }),
  auth("POST", "/admin/set-role", "open", { json: {}, status: 404 }),
  auth("GET", "/admin/list-users", "open", { status: 404 }),

  route("app/api/v1/sources/route.ts", "GET", v1("/sources"), "read", { status: 200 }),
  route("app/api/v1/sources/route.ts", "POST", v1("/sources"), "editor", { json: {}, status: 422 }),
  route("app/api/v1/sources/[id]/route.ts", "GET", v1(`/sources/${ID}`), "read", { status: 404 }),
  route("app/api/v1/sources/[id]/route.ts", "PATCH", v1(`/sources/${ID}`), "editor", {
    json: { title: "x" },
    status: 404,
  }),
  route("app/api/v1/sources/[id]/route.ts", "DELETE", v1(`/sources/${ID}`), "admin", {
    status: 404,
  }),
  route("app/api/v1/sources/[id]/history/route.ts", "GET", v1(`/sources/${ID}/history`), "read", {
    status: 200,
  }),
  route("app/api/v1/sources/[id]/revert/route.ts", "POST", v1(`/sources/${ID}/revert`), "editor", {
    json: { version: 1 },
    status: 404,
  }),

  route("app/api/v1/claims/route.ts", "POST", v1("/claims"), "editor", { json: {}, status: 422 }),
  route("app/api/v1/claims/[id]/route.ts", "GET", v1(`/claims/${ID}`), "read", { status: 404 }),
  route("app/api/v1/claims/[id]/route.ts", "PATCH", v1(`/claims/${ID}`), "editor", {
    json: { note: "x" },
    status: 404,
  }),
  route("app/api/v1/claims/[id]/route.ts", "DELETE", v1(`/claims/${ID}`), "admin", { status: 404 }),
  route("app/api/v1/claims/[id]/history/route.ts", "GET", v1(`/claims/${ID}/history`), "read", {
    status: 200,
  }),
  route("app/api/v1/claims/[id]/revert/route.ts", "POST", v1(`/claims/${ID}/revert`), "editor", {
    json: { version: 1 },
    status: 404,
  }),

  route("app/api/v1/origins/route.ts", "GET", v1("/origins?q=x"), "read", { status: 200 }),
  route("app/api/v1/origins/[id]/route.ts", "GET", v1(`/origins/${ID}`), "read", { status: 404 }),
  route("app/api/v1/origins/[id]/route.ts", "PATCH", v1(`/origins/${ID}`), "editor", {
    json: { name: "x" },
    status: 404,
  }),
  route("app/api/v1/origins/[id]/merge/route.ts", "POST", v1(`/origins/${ID}/merge`), "editor", {
    json: { into: "y" },
    status: 404,
  }),
  route("app/api/v1/origins/[id]/history/route.ts", "GET", v1(`/origins/${ID}/history`), "read", {
    status: 200,
  }),

  route("app/api/v1/questions/route.ts", "GET", v1("/questions"), "read", { status: 200 }),
  route("app/api/v1/questions/[id]/route.ts", "GET", v1(`/questions/${ID}`), "read", {
    status: 404,
  }),
  route("app/api/v1/questions/[id]/route.ts", "PATCH", v1(`/questions/${ID}`), "editor", {
    json: { measure: "x" },
    status: 404,
  }),
  route("app/api/v1/questions/[id]/route.ts", "DELETE", v1(`/questions/${ID}`), "admin", {
    status: 404,
  }),
  route(
    "app/api/v1/questions/[id]/history/route.ts",
    "GET",
    v1(`/questions/${ID}/history`),
    "read",
    { status: 200 },
  ),
  route(
    "app/api/v1/questions/[id]/revert/route.ts",
    "POST",
    v1(`/questions/${ID}/revert`),
    "editor",
    { json: { version: 1 }, status: 404 },
  ),

  route("app/api/v1/subjects/route.ts", "GET", v1("/subjects"), "read", { status: 200 }),
  route("app/api/v1/subjects/[id]/route.ts", "GET", v1(`/subjects/${ID}`), "read", { status: 404 }),

  route("app/api/v1/trash/route.ts", "GET", v1("/trash"), "admin", { status: 200 }),
  route("app/api/v1/trash/[kind]/[id]/route.ts", "DELETE", v1(`/trash/claims/${ID}`), "admin", {
    status: 404,
  }),
  route(
    "app/api/v1/trash/[kind]/[id]/restore/route.ts",
    "POST",
    v1(`/trash/sources/${ID}/restore`),
    "admin",
    { status: 404 },
  ),

  // A load balancer's liveness check: answers everyone, reads nothing.
  route("app/api/v1/health/route.ts", "GET", v1("/health"), "open", { status: 200 }),
  route("app/api/v1/openapi.json/route.ts", "GET", v1("/openapi.json"), "read", { status: 200 }),
  route("app/api/v1/search/route.ts", "GET", v1("/search"), "read", { status: 422 }),
  route("app/api/v1/export/route.ts", "GET", v1("/export"), "read", { status: 400 }),
  route("app/api/v1/styles/route.ts", "GET", v1("/styles"), "read", { status: 200 }),
  route("app/api/v1/styles/route.ts", "POST", v1("/styles"), "editor", { json: {}, status: 422 }),
  route("app/api/v1/styles/[name]/route.ts", "DELETE", v1("/styles/no-such-style"), "admin", {
    status: 404,
  }),
  route("app/api/v1/sources/import/route.ts", "POST", v1("/sources/import"), "editor", {
    json: {},
  }),
  route("app/api/v1/sources/[id]/text/route.ts", "PUT", v1(`/sources/${ID}/text`), "editor", {
    json: { text: "x" },
  }),
  route(
    "app/api/v1/sources/[id]/reimport/route.ts",
    "POST",
    v1(`/sources/${ID}/reimport`),
    "editor",
    { status: 404 },
  ),
  route("app/api/v1/sources/[id]/versions/route.ts", "GET", v1(`/sources/${ID}/versions`), "read", {
    status: 404,
  }),
  route(
    "app/api/v1/sources/[id]/versions/[n]/route.ts",
    "GET",
    v1(`/sources/${ID}/versions/1`),
    "read",
    { status: 404 },
  ),
  route(
    "app/api/v1/sources/[id]/originals/[originalId]/route.ts",
    "GET",
    v1(`/sources/${ID}/originals/${ID}`),
    "read",
    { status: 404 },
  ),
  route(
    "app/api/v1/sources/[id]/suggestions/route.ts",
    "GET",
    v1(`/sources/${ID}/suggestions`),
    "read",
    { status: 404 },
  ),
  route(
    "app/api/v1/sources/[id]/suggestions/dismissals/route.ts",
    "POST",
    v1(`/sources/${ID}/suggestions/dismissals`),
    "editor",
    { json: {} },
  ),
  route(
    "app/api/v1/claims/[id]/passages/route.ts",
    "POST",
    v1(`/claims/${ID}/passages`),
    "editor",
    {
      json: {},
    },
  ),
  route(
    "app/api/v1/claims/[id]/passages/[pid]/route.ts",
    "DELETE",
    v1(`/claims/${ID}/passages/${ID}`),
    "editor",
    { status: 404 },
  ),
];

export interface ActionRow {
  /** The "use server" module. */
  file: string;
  /** The exported function. */
  name: string;
  access: Access;
  /** Arguments an allowed caller may send without changing anything that matters. */
  args: () => unknown[];
  /** The call ends the caller's session: give it a session of its own. */
  ownSession?: boolean;
}

const IDLE = { status: "idle", fields: {}, values: {} };

/** Every exported server action. */
export const ACTIONS: ActionRow[] = [
  action("app/account/actions.ts", "signInAction", "open", () => [
    IDLE,
    form({ email: "matrix-action@test.example", password: "not a password" }),
  ]),
  { ...action("app/account/actions.ts", "signOutAction", "open", () => []), ownSession: true },
  action("app/account/actions.ts", "changePasswordAction", "signed-in", () => [
    IDLE,
    form({ currentPassword: "x", newPassword: "short", repeat: "other" }),
  ]),
  action("app/account/actions.ts", "createTokenAction", "signed-in", () => [
    IDLE,
    form({ name: "matrix" }),
  ]),
  action("app/account/actions.ts", "revokeTokenAction", "signed-in", () => [ID]),

  action("app/admin/users/actions.ts", "createUserAction", "admin", () => [IDLE, form({})]),
  action("app/admin/users/actions.ts", "setRoleAction", "admin", () => [
    ID,
    form({ role: "reader" }),
  ]),
  action("app/admin/users/actions.ts", "setDisabledAction", "admin", () => [ID, true]),

  action("app/_components/history-actions.ts", "revertAction", "editor", () => [
    "claims",
    ID,
    form({ version: "1", currentVersion: "1" }),
  ]),

  action("app/claims/actions.ts", "recordClaimAction", "editor", () => [{}]),
  action("app/claims/actions.ts", "updateClaimAction", "editor", () => [ID, { note: "x" }]),
  action("app/claims/actions.ts", "deleteClaimAction", "admin", () => [ID, ID]),

  action("app/sources/actions.ts", "createSourceAction", "editor", () => [IDLE, form({})]),
  action("app/sources/actions.ts", "updateSourceAction", "editor", () => [
    ID,
    IDLE,
    form({ title: "x", kind: "other" }),
  ]),
  action("app/sources/actions.ts", "deleteSourceAction", "admin", () => [ID]),

  action("app/questions/actions.ts", "deleteQuestionAction", "admin", () => [ID]),

  action("app/trash/actions.ts", "restoreAction", "admin", () => ["claim", ID]),
  action("app/trash/actions.ts", "purgeAction", "admin", () => ["source", ID]),

  action("app/claims/actions.ts", "addPassageAction", "editor", () => [ID, {}]),
  action("app/sources/actions.ts", "setPublicationDateAction", "editor", () => [ID, "not a date"]),
  action("app/sources/import-actions.ts", "previewImportAction", "editor", () => [form({})]),
  action("app/sources/import-actions.ts", "saveImportAction", "editor", () => [IDLE, form({})]),
  action("app/sources/text-actions.ts", "correctTextAction", "editor", () => [ID, IDLE, form({})]),
  action("app/sources/text-actions.ts", "reviewPassageAction", "editor", () => [
    ID,
    ID,
    { confirm: true },
  ]),
  action("app/sources/text-actions.ts", "reimportSourceAction", "editor", () => [ID]),
  action("app/styles/actions.ts", "uploadStyleAction", "editor", () => [IDLE, form({})]),
];

function route(
  file: string,
  method: RouteRow["method"],
  path: string,
  access: Access,
  extra: Partial<RouteRow> = {},
): RouteRow {
  return { file, method, path, access, ...extra };
}

function auth(
  method: RouteRow["method"],
  path: string,
  access: Access,
  extra: Partial<RouteRow> = {},
): RouteRow {
  return route("app/api/auth/[...all]/route.ts", method, `/api/auth${path}`, access, extra);
}

function action(file: string, name: string, access: Access, args: () => unknown[]): ActionRow {
  return { file, name, access, args };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
