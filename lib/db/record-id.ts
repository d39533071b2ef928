/**
 * Whether `id` could name a row: ids are cuids (letters and digits). Anything else — a NUL, a
 * slash, a megabyte of text — names nothing, and is answered "not found" without a query.
 */
export function isRecordId(id: string): boolean {
  // Typed as a string, but callers pass on what clients sent: an object must not reach the RegExp
  // (which would call its toString, or throw on one without).
  return typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
