import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { API_ENDPOINTS } from "@/lib/openapi/api-endpoints";

// Every method a route file under app/api serves must be in the OpenAPI registry, and every
// registry entry must be served. A route added without its registry line fails here.

const API_DIR = join(process.cwd(), "app", "api");

// Route files that are not part of the documented API, and why.
const NOT_DOCUMENTED: Record<string, string> = {
  "/api/{...path}": "the JSON 404 for any /api address that names no endpoint",
  "/api/auth/{...all}": "browser sign-in (better-auth), used by the app's pages, not by programs",
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** "app/api/v1/claims/[id]/route.ts" → "/api/v1/claims/{id}". */
function apiPathOf(file: string): string {
  const folder = relative(join(process.cwd(), "app"), file).split(sep).slice(0, -1);
  return "/" + folder.map((part) => part.replace(/^\[(.+)\]$/, "{$1}")).join("/");
}

/**
 * The methods a route module serves: what its OPTIONS answers in Allow (routes answer 405 for the
 * others, so they export every method), else every method it exports.
 */
async function servedMethods(module: Record<string, unknown>): Promise<string[]> {
  const options = module.OPTIONS as ((request: Request) => Promise<Response>) | undefined;
  if (options) {
    const response = await options(new Request("http://localhost/", { method: "OPTIONS" }));
    const allow = response.headers.get("allow") ?? "";
    return allow
      .split(",")
      .map((m) => m.trim())
      .filter((m) => m && m !== "HEAD" && m !== "OPTIONS");
  }
  return METHODS.filter((m) => typeof module[m] === "function");
}

/** "METHOD path" of each served operation that the registry lacks. */
function missingFromRegistry(served: string[], documented: string[]): string[] {
  const known = new Set(documented);
  return served.filter((operation) => !known.has(operation));
}

const documented = API_ENDPOINTS.map((e) => `${e.method} ${e.path}`);
const served: string[] = [];

beforeAll(async () => {
  // Route modules build the database client when imported; it connects only when queried.
  process.env.DATABASE_URL ??= "postgresql://nobody@127.0.0.1:1/none";
  for (const file of routeFiles(API_DIR)) {
    const path = apiPathOf(file);
    if (path in NOT_DOCUMENTED) continue;
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of await servedMethods(routeModule)) served.push(`${method} ${path}`);
  }
}, 60_000);

describe("the OpenAPI registry covers every route handler", () => {
  test("the scan finds the routes", () => {
    expect(served).toContain("GET /api/v1/sources");
    expect(served).toContain("PATCH /api/v1/claims/{id}");
    expect(served).not.toContain("PUT /api/v1/claims/{id}");
  });

  test("every served method is documented", () => {
    expect(missingFromRegistry(served, documented)).toEqual([]);
  });

  test("every documented method is served", () => {
    expect(missingFromRegistry(documented, served)).toEqual([]);
  });

  test("the routes left out still exist (else drop them from the list)", () => {
    for (const path of Object.keys(NOT_DOCUMENTED)) {
      const folder = path.replace(/\{(.+?)\}/g, "[$1]").slice("/api".length);
      expect(existsSync(join(API_DIR, folder, "route.ts")), path).toBe(true);
    }
  });

  test("a route without its registry line is reported", () => {
    const withNewRoute = [...served, "GET /api/v1/not-a-route"];
    expect(missingFromRegistry(withNewRoute, documented)).toEqual(["GET /api/v1/not-a-route"]);
  });
});
