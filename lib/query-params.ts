import { z } from "zod";

/** A query parameter left blank (an empty form field) is one not given. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * ?cursor= of a keyset-paged list: optional, its token read by the list's own `decode` (a
 * token the list did not write is refused with `message`), blank when not given.
 */
export function cursorParam<T>(
  decode: (token: string) => T | null,
  message = "cursor is not one this list gave",
) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(500, "cursor is too long")
      .transform((token, ctx) => {
        const cursor = decode(token);
        if (!cursor) ctx.addIssue({ code: "custom", message });
        return cursor ?? z.NEVER;
      })
      .optional(),
  );
}

/** ?limit= of a paged list: a whole number from 1 to `max`, one message for any refused. */
export function pageLimit(max: number) {
  const range = `limit must be a whole number from 1 to ${max}.`;
  return z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: range }).int(range).min(1, range).max(max, range).optional(),
  );
}
