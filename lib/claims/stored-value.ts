import { z } from "zod";
import type { ClaimValue } from "./claim-value";
import { isStorableFigure } from "./value-limits";

const figure = z.number().refine(isStorableFigure);
const bound = z.object({ value: figure, inclusive: z.boolean() }).nullable();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

const QuantityValueSchema = z.looseObject({
  type: z.literal("quantity"),
  low: bound,
  high: bound,
  best: figure.nullable(),
  kind: z.enum(["exact", "approximate", "lower-bound", "upper-bound", "range", "vague"]),
  wording: z.string(),
  counted: z.string().nullable(),
  rule: z.string(),
  overridden: z.boolean().optional(),
});

const DateValueSchema = z.looseObject({
  type: z.literal("date"),
  first: isoDay,
  last: isoDay,
  precision: z.enum(["day", "month", "season", "year", "decade"]),
  wording: z.string(),
  rule: z.string(),
  relative: z.boolean().optional(),
  overridden: z.boolean().optional(),
});

const StoredValueSchema = z.discriminatedUnion("type", [QuantityValueSchema, DateValueSchema]);

/**
 * A value read back from the database, or null when the stored JSON is not a value this code can
 * compare (edited by hand, written by a bug, a number JSON can hold but a double cannot). A
 * caller shows such a claim as unreadable instead of letting it take a whole page down.
 */
export function readStoredValue(json: unknown): ClaimValue | null {
  const parsed = StoredValueSchema.safeParse(json);
  if (!parsed.success) return null;
  const value = parsed.data as ClaimValue;
  if (value.type === "quantity" && value.low && value.high && value.low.value > value.high.value)
    return null;
  if (value.type === "date" && value.first && value.last && value.first > value.last) return null;
  return value;
}

/** What an unreadable claim is shown and compared as: nothing, in the stated words. */
export function unreadableValue(type: ClaimValue["type"], stated: string): ClaimValue {
  return type === "date"
    ? { type, first: null, last: null, precision: "day", wording: stated, rule: "unreadable" }
    : {
        type,
        low: null,
        high: null,
        best: null,
        kind: "vague",
        wording: stated,
        counted: null,
        rule: "unreadable",
      };
}
