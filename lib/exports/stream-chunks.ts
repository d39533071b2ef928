/** Rows as a data layer hands them over: a database cursor, keyset pages, or an array. */
export type Rows<T> = AsyncIterable<T> | Iterable<T>;

/** Chunks of about this many characters: few enough writes, little held in memory. */
export const CHUNK_SIZE = 64 * 1024;

/**
 * Joins the small strings a writer produces (one per row) into chunks of about `size`
 * characters, so a response stream is not written to once per row. Holds one chunk at a time.
 */
export async function* inChunks(
  parts: Rows<string>,
  size: number = CHUNK_SIZE,
): AsyncGenerator<string, void, undefined> {
  let pending: string[] = [];
  let length = 0;
  for await (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}

/** Collects a writer's chunks into one string (for tests and small exports). */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join("");
}
