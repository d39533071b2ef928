import { db } from "@/lib/db/client";
import { APP_ORIGIN, dispatch, type SentRequest } from "./dispatch";
import { differingFields, type Ledger } from "./ledger";
import { routePath, routePattern, type RouteFile } from "./route-files";

type Modules = Record<string, unknown>[];

/**
 * Reads back every acknowledged write: one that no acknowledged delete could have moved must
 * answer 200 with the fields it was acknowledged with; any not purged must still be stored.
 */
export async function checkAcknowledged(
  ledger: Ledger,
  routes: RouteFile[],
  modules: Modules,
  token: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const write of ledger.toCheck()) {
    const index = routes.findIndex(
      (r) => routePattern(r.segments) === `/api/v1/${write.kind}s/:id`,
    );
    if (index < 0) continue;
    const answer = await dispatch(
      modules[index]!,
      get(routePath(routes[index]!.segments, { id: write.id }), token, { id: write.id }),
    );
    if (answer.status === 200 && write.live !== false) {
      const differs = differingFields(write.expected, JSON.parse(answer.text));
      if (differs.length)
        problems.push(
          `${write.kind} ${write.id} reads back with other ${differs.join(", ")} than acknowledged (${write.trail.join("; ")})`,
        );
      continue;
    }
    if (answer.status === 200) continue;
    const stored =
      write.kind === "claim"
        ? await db.claim.findUnique({ where: { id: write.id }, select: { id: true } })
        : await db.source.findUnique({ where: { id: write.id }, select: { id: true } });
    if (!stored)
      problems.push(
        `acknowledged ${write.kind} ${write.id} is gone (GET ${answer.status}, no row)`,
      );
    else if (write.live === true)
      problems.push(
        `acknowledged ${write.kind} ${write.id} answers ${answer.status} though nothing deleted it (${write.trail.join("; ")})`,
      );
  }
  return problems;
}

/**
 * Every list answers 200 (for an admin and, where public, for nobody), and so does every row a
 * list shows — each subject's matrix, each question's comparison: no stored row can take a page
 * of many rows down.
 */
const NEEDS_A_QUERY = ["/api/v1/export", "/api/v1/search"];

export async function checkListsAnswer(
  routes: RouteFile[],
  modules: Modules,
  token: string,
): Promise<string[]> {
  const problems: string[] = [];
  const read = async (index: number, id: string | null, as: string | null) => {
    const path = routePath(routes[index]!.segments, id ? { id } : {});
    const answer = await dispatch(modules[index]!, get(path, as, id ? { id } : {}));
    const fine =
      answer.status === 200 || (as === null && (answer.status === 401 || answer.status === 403));
    if (!fine)
      problems.push(`GET ${path} ${as ? "as admin" : "without a token"} answered ${answer.status}`);
    return answer.status === 200
      ? (JSON.parse(answer.text) as { items?: { id?: unknown }[] })
      : null;
  };
  for (const [index, route] of routes.entries()) {
    if (route.segments.some((s) => typeof s !== "string") || !(await servesGet(modules[index]!)))
      continue;
    // Not lists: a search or an export names what it wants, and refuses a request that does not.
    if (NEEDS_A_QUERY.includes(routePattern(route.segments))) continue;
    await read(index, null, null);
    const list = await read(index, null, token);
    const pattern = `${routePattern(route.segments)}/:id`;
    const item = routes.findIndex((r) => routePattern(r.segments) === pattern);
    if (item < 0 || !Array.isArray(list?.items)) continue;
    for (const row of list.items.slice(0, 200))
      if (typeof row.id === "string") await read(item, row.id, token);
  }
  return problems;
}

async function servesGet(module: Record<string, unknown>): Promise<boolean> {
  return (await servedMethods(module)).includes("GET");
}

/** The methods a route module serves: what its OPTIONS lists (our routes export a 405 for the rest). */
export async function servedMethods(module: Record<string, unknown>): Promise<string[]> {
  const options = module.OPTIONS as ((request: Request) => Promise<Response>) | undefined;
  if (!options) return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => m in module);
  const answer = await options(new Request(`${APP_ORIGIN}/api`, { method: "OPTIONS" }));
  const allow = answer.headers.get("allow") ?? "";
  return allow.split(/,\s*/).filter((m) => m !== "" && m !== "OPTIONS");
}

function get(path: string, token: string | null, params: Record<string, string>): SentRequest {
  return {
    method: "GET",
    path,
    query: {},
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: undefined,
    params,
  };
}
