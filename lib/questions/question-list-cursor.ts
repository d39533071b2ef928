import { decodeCursorToken, encodeCursorToken } from "@/lib/cursor-token";

/** The orders of the question list: most divergent first, or by "subject — measure (scope)". */
export const QUESTION_ORDERS = ["divergent", "label"] as const;
export type QuestionOrder = (typeof QUESTION_ORDERS)[number];

/**
 * Where a page of the question list ends: the last row's place in its order. In "divergent" the
 * place is its stored verdict (rank, divergence), then its label and id; in "label" only its
 * label and id, which writes to claims never change.
 */
export type QuestionCursor =
  | { order: "divergent"; rank: number; divergence: number; label: string; id: string }
  | { order: "label"; label: string; id: string };

/** The cursor as an opaque, URL-safe token. */
export function encodeCursor(cursor: QuestionCursor): string {
  // "divergent" tokens keep the fields they have always had, so links already shared still work.
  const { order, ...place } = cursor;
  return encodeCursorToken(order === "label" ? { order, ...place } : place);
}

/** The cursor of a token, or null when it is not one this code wrote. */
export function decodeCursor(token: string): QuestionCursor | null {
  const value = decodeCursorToken(token);
  if (!value || typeof value !== "object") return null;
  const { order, rank, divergence, label, id } = value as Record<string, unknown>;
  if (typeof label !== "string" || typeof id !== "string") return null;
  if (order === "label") return { order, label, id };
  const ok =
    order === undefined &&
    Number.isInteger(rank) &&
    typeof divergence === "number" &&
    Number.isFinite(divergence);
  return ok
    ? { order: "divergent", rank: rank as number, divergence: divergence as number, label, id }
    : null;
}
