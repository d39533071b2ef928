import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { statementNames } from "./statement-names";

type Listener = (sql: string) => void;

/** A Prisma client on one PostgreSQL server (the primary, or a read replica). */
export function createClient(connectionString: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max: 10 },
      // Typed as always naming; the adapter hands the name to pg, where undefined means unnamed.
      { statementNameGenerator: statementNames() as (query: { sql: string }) => string },
    ),
    log: [{ emit: "event", level: "query" }],
  });
  // Query events let tests show that a page costs a bounded number of queries.
  client.$on("query", (event) => {
    for (const listener of listeners) listener(event.query);
  });
  return client;
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

/** Calls `listener` with the SQL of every query until the returned function is called. */
export function onQuery(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
