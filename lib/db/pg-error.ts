/**
 * The PostgreSQL error code (SQLSTATE) behind an error thrown by Prisma through the pg adapter,
 * or null. Prisma wraps the driver's error in several layers whose shape differs between ORM and
 * raw queries, so the code is looked for wherever the adapter leaves it.
 */
export function pgErrorCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 20) {
    const next = queue.shift();
    if (!next || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    const record = next as Record<string, unknown>;
    if (typeof record.originalCode === "string") return record.originalCode;
    // The pg driver's own error: a five-character SQLSTATE in `code`.
    if (typeof record.code === "string" && /^[0-9A-Z]{5}$/.test(record.code)) return record.code;
    queue.push(record.meta, record.driverAdapterError, record.cause);
  }
  return null;
}

/** SQLSTATEs that mean "another transaction got in the way; running again may succeed". */
export const RETRYABLE_CODES = new Set(["40001", "40P01"]);

export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";
