import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "./client";
import { RETRYABLE_CODES, pgErrorCode } from "./pg-error";

export type Tx = Prisma.TransactionClient;

const ATTEMPTS = 4;

/**
 * Runs `work` in one transaction, again (up to a few times) when PostgreSQL aborts it for a
 * deadlock or a serialization failure: such an abort rolled everything back, so a retry cannot
 * write anything twice. Every write of the app goes through here.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
    } catch (error) {
      const code = pgErrorCode(error);
      if (attempt >= ATTEMPTS || !code || !RETRYABLE_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()));
    }
  }
}

type Locked = "Source" | "Claim" | "Question" | "Subject" | "Origin";
type LockMode = "FOR UPDATE" | "FOR NO KEY UPDATE" | "FOR SHARE" | "FOR KEY SHARE";

/**
 * Locks rows until the transaction ends and returns the ids found. Writers take locks in one
 * order — source, claim, question, subject, origin — and ids in sorted order, so that two writers
 * never wait on each other in a circle.
 */
export async function lockRows(
  tx: Tx,
  table: Locked,
  ids: readonly string[],
  mode: LockMode,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const sorted = [...new Set(ids)].sort();
  // Table and mode come from the closed unions above, never from input; ids are bound.
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "${table}" WHERE "id" = ANY($1::text[]) ORDER BY "id" ${mode}`,
    sorted,
  );
  return new Set(rows.map((row) => row.id));
}

/** Locks one row; false when there is none. */
export async function lockRow(tx: Tx, table: Locked, id: string, mode: LockMode): Promise<boolean> {
  return (await lockRows(tx, table, [id], mode)).has(id);
}

/** A refusal carried out of a transaction to roll it back, then handed to the caller as is. */
class Refusal<R> extends Error {
  constructor(readonly result: R) {
    super("refused");
  }
}

/**
 * Like inTransaction, for work that may refuse: when `work` returns `{ ok: false }`, everything
 * it wrote so far (a question or origin it created on the way) is rolled back, and the refusal
 * is returned.
 */
export async function inTransactionUnlessRefused<R extends { ok: boolean }>(
  work: (tx: Tx) => Promise<R>,
): Promise<R> {
  try {
    return await inTransaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result as R;
    throw error;
  }
}
