import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { splitUrlList } from "@/lib/config/url-list";
import { createClient, db, type Client } from "./client";

// Set while a request's reads may lag the primary: anonymous GETs of lists, search, comparisons.
const lagTolerant = new AsyncLocalStorage<boolean>();

// Keyed by the setting, so a test (or a dev reload) that changes it gets clients for the new one.
const globalForReplicas = globalThis as unknown as {
  crosscheckReplicas?: { setting: string; clients: Client[]; turn: number };
};

function replicas(): { clients: Client[]; turn: number } {
  const setting = process.env.DATABASE_REPLICA_URLS ?? "";
  const cached = globalForReplicas.crosscheckReplicas;
  if (cached?.setting === setting) return cached;
  const made = { setting, clients: splitUrlList(setting).map(createClient), turn: 0 };
  globalForReplicas.crosscheckReplicas = made;
  return made;
}

/**
 * The client a read should use: inside `readingFromReplica(true, …)` and with
 * DATABASE_REPLICA_URLS set, the next replica in turn; otherwise the primary. Data functions
 * whose results may lag by a moment (lists, search, comparisons) read through this.
 */
export function reader(): Client {
  if (!lagTolerant.getStore()) return db;
  const pool = replicas();
  if (pool.clients.length === 0) return db;
  pool.turn = (pool.turn + 1) % pool.clients.length;
  return pool.clients[pool.turn] ?? db;
}

/**
 * Runs `load` with its reads sent to a replica when `tolerateLag` is true. Callers pass false
 * for anyone signed in, so an editor's next page always sees their own write.
 */
export function readingFromReplica<T>(tolerateLag: boolean, load: () => T): T {
  return lagTolerant.run(tolerateLag, load);
}

/** Whether replicas are configured (for the health answer and the benchmark). */
export function replicaCount(): number {
  return replicas().clients.length;
}

/** Closes the replicas' pools (tests, before their standby stops). */
export async function disconnectReplicas(): Promise<void> {
  const cached = globalForReplicas.crosscheckReplicas;
  globalForReplicas.crosscheckReplicas = undefined;
  await Promise.all((cached?.clients ?? []).map((client) => client.$disconnect()));
}
