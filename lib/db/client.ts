import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { logError } from "@/lib/log";
import { statementNames } from "./statement-names";

type Listener = (sql: string, params: readonly unknown[]) => void;

/** A Prisma client on one PostgreSQL server (the primary, or a read replica). */
export function createClient(connectionString: string) {
  // The pool is made here rather than by the adapter so that sqlQuery can use it too.
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that breaks (a server restart) is replaced on the next query; unheard,
  // the pool's error event would end the process.
  pool.on("error", (error) => logError("db.idle_connection", error));
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, {
      // Typed as always naming; the adapter hands the name to pg, where undefined means unnamed.
      statementNameGenerator: names as (query: { sql: string }) => string,
      disposeExternalPool: true,
    }),
    log: [{ emit: "event", level: "query" }],
  });
  // Query events let tests show that a page costs a bounded number of queries.
  client.$on("query", (event) => {
    if (listeners.size) notify(event.query, parseParams(event.params));
  });
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

// The pool travels on the client itself: the built app may hold this module more than once (one
// copy per server layer), each copy with its own module state, while the client is shared on
// globalThis; a property reached through any copy (or through `db`) finds the same pool.
const POOL = Symbol.for("crosscheck.db.pool");
// One set of names for every client made here and for sqlQuery, so the bound of 500 is shared.
const names = statementNames();

/**
 * Runs one read statement straight through pg, as a named prepared statement, on the same pool
 * (and so the same server) as `client`. For the hottest read of all, the comparison's one JSON
 * statement, where Prisma's own handling of the query and its result cost as much again as the
 * statement (1.2–1.5 ms against 0.75 ms).
 */
export async function sqlQuery<Row>(client: Client, text: string, values: unknown[]) {
  const pool = (client as unknown as Record<symbol, pg.Pool | undefined>)[POOL];
  if (!pool) throw new Error("sqlQuery needs a client made by createClient");
  notify(text, values);
  const result = await pool.query({ name: names({ sql: text }), text, values });
  return result.rows as Row[];
}

function notify(sql: string, params: readonly unknown[]) {
  for (const listener of listeners) listener(sql, params);
}

// Prisma hands a query's parameters over as JSON text.
function parseParams(json: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function createPrimary() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set; start Crosscheck with `npm start`.");
  }
  return createClient(connectionString);
}

export type Client = ReturnType<typeof createClient>;

// One client per process. Next's dev server re-evaluates modules on every change, so the client is
// kept on globalThis there; otherwise each reload would open a new pool.
const globalForDb = globalThis as unknown as {
  crosscheckDb?: Client;
  crosscheckListeners?: Set<Listener>;
};
const listeners: Set<Listener> = (globalForDb.crosscheckListeners ??= new Set());

function primary(): Client {
  return (globalForDb.crosscheckDb ??= createPrimary());
}

/**
 * The primary's Prisma client: every write, and every read that must see the latest write. Made on
 * first use, so that `next build` can load the modules that import it without a DATABASE_URL.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const client = primary();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * Calls `listener` with the SQL and parameters of every query until the returned function is
 * called.
 */
export function onQuery(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
