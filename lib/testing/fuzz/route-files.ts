import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One route file of the App Router: where it is and the address pattern it answers. */
export interface RouteFile {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** The address segments: literal words, `{ param }` for `[id]`, `{ rest }` for `[...path]`. */
  segments: RouteSegment[];
}

export type RouteSegment = string | { param: string } | { rest: string };

/**
 * Every `route.ts` under `folder` (e.g. app/api), found on disk, so a route added later is
 * fuzzed without anyone naming it. Private folders (`_lib`) and route groups are handled as Next
 * handles them: `_x` is not routed, `(x)` adds no segment.
 */
export function findRouteFiles(root: string, folder: string): RouteFile[] {
  const found: RouteFile[] = [];
  walk(join(root, folder), (path) => {
    const file = relative(root, path).split(sep).join("/");
    found.push({ file, segments: segmentsOf(file) });
  });
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** The address segments of a route file path such as `app/api/v1/claims/[id]/route.ts`. */
export function segmentsOf(file: string): RouteSegment[] {
  const parts = file.split("/").slice(1, -1);
  return parts
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part): RouteSegment => {
      const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
      if (rest?.[1]) return { rest: rest[1] };
      const param = /^\[(\w+)\]$/.exec(part);
      if (param?.[1]) return { param: param[1] };
      return part;
    });
}

/** The address of a route with its parameters filled in (each value percent-encoded). */
export function routePath(segments: RouteSegment[], values: Record<string, string>): string {
  const parts = segments.map((segment) => {
    if (typeof segment === "string") return segment;
    const name = "param" in segment ? segment.param : segment.rest;
    const value = values[name] ?? "x";
    return "rest" in segment ? value.split("/").map(encodeSegment).join("/") : encodeSegment(value);
  });
  return `/${parts.join("/")}`;
}

/** The route's address with `:name` for each parameter, e.g. `/api/v1/claims/:id`. */
export function routePattern(segments: RouteSegment[]): string {
  const parts = segments.map((s) =>
    typeof s === "string" ? s : `:${"param" in s ? s.param : s.rest}`,
  );
  return `/${parts.join("/")}`;
}

// A lone surrogate has no UTF-8 form, so no client can put it in an address; it goes as U+FFFD.
function encodeSegment(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "\ufffd",
    ),
  );
}

function walk(folder: string, onRoute: (path: string) => void): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith("_")) walk(path, onRoute);
    else if (entry.isFile() && /^route\.(ts|js)$/.test(entry.name)) onRoute(path);
  }
}
