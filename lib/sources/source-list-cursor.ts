import { decodeCursorToken, encodeCursorToken } from "@/lib/cursor-token";

/**
 * Where a page of the sources list ends: the last row's place in its order (the day it is listed
 * by, then when it was added, then its id), as the database writes them.
 */
export interface SourceListCursor {
  /** coalesce(publishedOn, createdAt::date), as YYYY-MM-DD. */
  on: string;
  /** createdAt as PostgreSQL writes a timestamp. */
  at: string;
  id: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
const ID = /^[\w-]{1,100}$/;

/** The cursor as an opaque, URL-safe token. */
export function encodeSourceCursor(cursor: SourceListCursor): string {
  return encodeCursorToken([cursor.on, cursor.at, cursor.id]);
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeSourceCursor(token: string): SourceListCursor | null {
  const value = decodeCursorToken(token);
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [on, at, id] = value as unknown[];
  if (typeof on !== "string" || !DAY.test(on)) return null;
  if (typeof at !== "string" || !TIMESTAMP.test(at)) return null;
  if (typeof id !== "string" || !ID.test(id)) return null;
  return { on, at, id };
}
