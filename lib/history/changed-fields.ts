/** A record's fields as kept in the history: plain JSON values. */
export type Snapshot = Record<string, unknown>;

/**
 * The fields whose values differ between two snapshots, sorted. Values are compared as JSON, so
 * dates, arrays and nested objects compare by content.
 */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => canonical(before?.[name]) !== canonical(after?.[name])).sort();
}

// JSON with object keys sorted, so { a, b } and { b, a } are one value.
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
