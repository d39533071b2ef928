import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, pgErrorCode } from "@/lib/db/pg-error";
import { apiError } from "./api-response";

/**
 * A last line of defence for races the data layer does not foresee: a write that collides with a
 * concurrent one in the database answers 409, not 500. Null for any other error.
 */
export function mapDatabaseError(error: unknown) {
  const code = pgErrorCode(error);
  if (code === UNIQUE_VIOLATION || code === FOREIGN_KEY_VIOLATION)
    return apiError(
      409,
      "conflict",
      "Another change to the same records happened at the same moment; nothing was saved. Try again.",
    );
  return null;
}
