import { decodeCursorToken, encodeCursorToken } from "@/lib/cursor-token";

/** Where a page of one kind of search result ends: the last row's score and id. */
export interface SearchCursor {
  score: number;
  id: string;
}

/** The cursor as an opaque, URL-safe token. */
export function encodeSearchCursor(cursor: SearchCursor): string {
  return encodeCursorToken([cursor.score, cursor.id]);
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeSearchCursor(token: string): SearchCursor | null {
  const value = decodeCursorToken(token);
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [score, id] = value as unknown[];
  if (typeof score !== "number" || !Number.isFinite(score)) return null;
  if (typeof id !== "string" || !/^[\w-]{1,100}$/.test(id)) return null;
  return { score, id };
}
