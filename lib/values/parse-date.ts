import { findDates, type DateOptions } from "./find-dates";
import { quoted } from "./quoted";
import type { DateValue, ParseResult } from "./types";

/**
 * The first date expression in `text` (a phrase or a whole passage) as a date value. A relative
 * expression without the reference it needs fails with "needs-reference-date" rather than guessing.
 */
export function parseDate(text: string, options: DateOptions = {}): ParseResult<DateValue> {
  if (typeof text !== "string")
    return { ok: false, code: "not-recognised", reason: "no text to read a date from" };
  const first = findDates(text, options)[0];
  if (first) return first.result;
  return { ok: false, code: "not-recognised", reason: `no date found in ${quoted(text)}` };
}
