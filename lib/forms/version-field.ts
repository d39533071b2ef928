import { z } from "zod";

/**
 * The version a change was made on: a number from the API, digits from a form's hidden field.
 * A stale one is refused by the data layer, never merged.
 */
export const VersionField = z
  .preprocess(
    (value) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value),
    z.int("version must be a whole number").min(1, "version starts at 1"),
  )
  .optional();
