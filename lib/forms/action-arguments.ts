// A server action's arguments come from the client: a page sends ids and forms, but anyone can
// call the action with any values React can encode. These turn the unexpected ones into "not
// found" or an empty form instead of an exception (a 500 page).

/** An id sent as an action argument, or null when it cannot be one (not a short word of id characters). */
export function idArgument(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
}

/** The form sent as an action argument, or an empty one when the client sent something else. */
export function formArgument(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** One of `allowed`, or null. */
export function oneOfArgument<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}
