/** Where a page of one kind of search result ends: the last row's score and id. */
export interface SearchCursor {
  score: number;
  id: string;
}

/** The cursor as an opaque, URL-safe token. */
export function encodeSearchCursor(cursor: SearchCursor): string {
  // Record ids are ASCII and scores are numbers, so the JSON is ASCII and btoa takes it as is.
  return btoa(JSON.stringify([cursor.score, cursor.id]))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeSearchCursor(token: string): SearchCursor | null {
  try {
    const value = JSON.parse(atob(token.replace(/-/g, "+").replace(/_/g, "/"))) as unknown;
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [score, id] = value as unknown[];
    if (typeof score !== "number" || !Number.isFinite(score)) return null;
    if (typeof id !== "string" || !/^[\w-]{1,100}$/.test(id)) return null;
    return { score, id };
  } catch {
    return null;
  }
}
