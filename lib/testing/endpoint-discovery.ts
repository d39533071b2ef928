// Finds the app's endpoints by reading the tree, so a test can refuse to pass while one of them
// is missing from the table that says who may call it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const SKIPPED = new Set(["node_modules", "generated", "test-results", "playwright-report"]);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const TESTS = /\.test\.(ts|tsx)$/;

/** Every route handler file under app/api (relative paths with forward slashes), sorted. */
export function findRouteFiles(root: string): string[] {
  return walk(root, join(root, "app", "api")).filter((file) => /\/route\.(ts|js)$/.test(file));
}

/**
 * Every module whose first statement is the "use server" directive: each of its exports is a
 * public endpoint. Looks through the whole project, not only app/, since any module can be one.
 */
export function findServerActionFiles(root: string): string[] {
  return walk(root, root).filter(
    (file) =>
      SOURCE.test(file) &&
      !TESTS.test(file) &&
      isServerModule(readFileSync(join(root, file), "utf8")),
  );
}

/** Whether a module's source opens with the "use server" directive (after comments and blanks). */
export function isServerModule(source: string): boolean {
  const body = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(body);
}

/**
 * The params Next passes a route handler for a request path: `app/api/v1/claims/[id]/route.ts`
 * and `/api/v1/claims/abc` give `{ id: "abc" }`; a catch-all `[...all]` gets the rest as an array.
 * A query string is not part of the path. Null when the path does not belong to the file.
 */
export function routeParams(file: string, path: string): Record<string, string | string[]> | null {
  const pattern = file
    .replace(/^app\//, "")
    .replace(/\/route\.(ts|js)$/, "")
    .split("/");
  const parts = path
    .replace(/[?#].*$/, "")
    .replace(/^\//, "")
    .split("/");
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) {
      if (i !== pattern.length - 1 || parts.length <= i) return null;
      params[catchAll[1]!] = parts.slice(i);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = part;
    else if (segment !== part) return null;
  }
  return parts.length === pattern.length ? params : null;
}

function walk(root: string, dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(root, path));
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join("/"));
  }
  return found.sort();
}
