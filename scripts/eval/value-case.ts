import { z } from "zod";
import type { ClaimReadResult } from "@/lib/claims/read-claim";
import type { ClaimResult } from "@/lib/claims/claim-failure";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const QuantityExpected = z.strictObject({
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
});
const DateExpected = z.strictObject({ first: day.nullable(), last: day.nullable() });
const RefusalExpected = z.strictObject({ refusal: z.string().min(1) });

/** One wording of the development set, with the value read by hand. */
export const ValueCaseSchema = z.object({
  id: z.string().min(1),
  group: z.enum(["languages", "relative-dates", "stated-nothing", "figure-meant"]),
  language: z.string().min(2),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  source: z.string().url(),
  context: z.string().optional(),
  quote: z.string().min(1),
  question: z.object({
    kind: z.enum(["count", "quantity", "date"]),
    measure: z.string().optional(),
  }),
  stated: z.string().min(1).nullable(),
  expectedStated: z.string().optional(),
  expected: z.union([QuantityExpected, DateExpected, RefusalExpected]),
});

export type ValueCase = z.infer<typeof ValueCaseSchema>;

/** What one case came out as: exact or not, and the reading in words for the list of misses. */
export interface CaseOutcome {
  exact: boolean;
  got: string;
  wanted: string;
}

/** Compares what readClaim gave with the value read by hand. */
export function compareCase(c: ValueCase, result: ClaimResult<ClaimReadResult>): CaseOutcome {
  const wanted = describeExpected(c);
  if (!result.ok) {
    const { code, message } = result.failure;
    const got = `refused ${code}: ${message}`;
    const exact = "refusal" in c.expected && c.expected.refusal === code;
    return { exact, got, wanted };
  }
  const { value, stated } = result.value;
  let exact: boolean;
  let got: string;
  if (value.type === "date") {
    got = `${value.first ?? "…"} – ${value.last ?? "…"} (${value.rule})`;
    exact =
      "first" in c.expected && value.first === c.expected.first && value.last === c.expected.last;
  } else {
    const low = value.low;
    const high = value.high;
    got = `${low ? (low.inclusive ? "[" : "(") + low.value : "(-∞"}, ${
      high ? high.value + (high.inclusive ? "]" : ")") : "∞)"
    } (${value.rule})`;
    exact =
      "low" in c.expected &&
      sameEnd(low, c.expected.low, c.expected.lowInclusive) &&
      sameEnd(high, c.expected.high, c.expected.highInclusive);
  }
  if (c.stated === null && c.expectedStated !== undefined && stated !== c.expectedStated) {
    exact = false;
    got += ` from “${stated}”`;
  }
  return { exact, got, wanted };
}

/** The hand-read value in the notation the misses are listed in. */
export function describeExpected(c: ValueCase): string {
  const e = c.expected;
  if ("refusal" in e) return `refused ${e.refusal}`;
  if ("first" in e) return `${e.first ?? "…"} – ${e.last ?? "…"}`;
  const low = e.low === null ? "(-∞" : `${e.lowInclusive ? "[" : "("}${e.low}`;
  const high = e.high === null ? "∞)" : `${e.high}${e.highInclusive ? "]" : ")"}`;
  const stated = c.stated === null && c.expectedStated ? ` from “${c.expectedStated}”` : "";
  return `${low}, ${high}${stated}`;
}

function sameEnd(
  got: { value: number; inclusive: boolean } | null,
  value: number | null,
  inclusive: boolean,
): boolean {
  if (got === null || value === null) return got === null && value === null;
  return Math.abs(got.value - value) < 1e-9 && got.inclusive === inclusive;
}

/** Exact matches over cases, keyed by a label (a language, a group). */
export function tally(
  rows: { key: string; exact: boolean }[],
): Map<string, { exact: number; total: number }> {
  const counts = new Map<string, { exact: number; total: number }>();
  for (const { key, exact } of rows) {
    const entry = counts.get(key) ?? { exact: 0, total: 0 };
    entry.total += 1;
    if (exact) entry.exact += 1;
    counts.set(key, entry);
  }
  return counts;
}
