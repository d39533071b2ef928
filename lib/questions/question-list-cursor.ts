import { decodeCursorToken, encodeCursorToken } from "@/lib/cursor-token";

/** Where a page of the question list ends: the last row's place in "most divergent first". */
export interface QuestionCursor {
  rank: number;
  divergence: number;
  label: string;
  id: string;
}

/** The cursor as an opaque, URL-safe token. */
export function encodeCursor(cursor: QuestionCursor): string {
  return encodeCursorToken(cursor);
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeCursor(token: string): QuestionCursor | null {
  const value = decodeCursorToken(token);
  if (!value || typeof value !== "object") return null;
  const { rank, divergence, label, id } = value as Record<string, unknown>;
  const ok =
    Number.isInteger(rank) &&
    typeof divergence === "number" &&
    Number.isFinite(divergence) &&
    typeof label === "string" &&
    typeof id === "string";
  return ok ? { rank: rank as number, divergence, label, id } : null;
}
