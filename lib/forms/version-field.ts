import { z } from "zod";

/**
 * The version a change was made on: a number from the API, digits from a form's hidden field.
 * A stale one is refused by the data layer, never merged.
 */
/** The largest version PostgreSQL's integer column holds; a larger one names no version. */
export const MAX_VERSION = 2_147_483_647;

export const VersionField = z
  .preprocess(
    (value) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value),
    z
      .int("version must be a whole number")
      .min(1, "version starts at 1")
      .max(MAX_VERSION, "no record has that many versions"),
  )
  .optional();
