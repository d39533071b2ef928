import { decodeCursorToken, encodeCursorToken } from "@/lib/cursor-token";

/** Where a page of the trash ends: the last row's time trashed and id (its place in the order). */
export interface TrashCursor {
  deletedAt: Date;
  id: string;
}

const ID = /^[\w-]{1,100}$/;

/** The cursor as an opaque, URL-safe token. */
export function encodeTrashCursor(cursor: TrashCursor): string {
  return encodeCursorToken([cursor.deletedAt.toISOString(), cursor.id]);
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeTrashCursor(token: string): TrashCursor | null {
  const value = decodeCursorToken(token);
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [at, id] = value as unknown[];
  if (typeof at !== "string" || typeof id !== "string" || !ID.test(id)) return null;
  const deletedAt = new Date(at);
  // Only the exact form toISOString writes, so a token names one instant.
  if (Number.isNaN(deletedAt.getTime()) || deletedAt.toISOString() !== at) return null;
  return { deletedAt, id };
}
