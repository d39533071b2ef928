/** What people read when a value holds U+0000, which PostgreSQL cannot store in text. */
export const NUL_MESSAGE = "contains a NUL character (\\u0000), which cannot be stored; remove it";

/**
 * The path ("text", "quote.exact", "authors.2") of the first string in `value` that holds a NUL
 * character, "" when `value` itself is such a string, or null when there is none.
 */
export function pathWithNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathWithNul(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return [...path, key].join(".");
      const found = pathWithNul(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
