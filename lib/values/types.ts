/** An end of an interval; `null` is an open end (no limit on that side). */
export type Bound = { value: number; inclusive: boolean } | null;

export type QuantityKind =
  "exact" | "approximate" | "lower-bound" | "upper-bound" | "range" | "vague";

export interface QuantityValue {
  type: "quantity";
  low: Bound;
  high: Bound;
  /** The figure the wording names, when it names one ("about 90" → 90; "hundreds" → null). */
  best: number | null;
  kind: QuantityKind;
  /** The matched words, verbatim ("more than a hundred"). */
  wording: string;
  /** What is counted, when the words say ("26 citizens of Armenian nationality"). */
  counted: string | null;
  /** Id of the rule in the rules table; combined rules are joined with "+". */
  rule: string;
  /** The RULES_VERSION that read it (absent: version 1). */
  rulesVersion?: number;
  /** True when an editor override replaced parsed numbers (see applyOverride). */
  overridden?: boolean;
}

export type DatePrecision = "day" | "month" | "season" | "year" | "decade";

export interface DateValue {
  type: "date";
  /** First possible day, "YYYY-MM-DD"; null when open ("by the summer of 1988"). */
  first: string | null;
  /** Last possible day, inclusive; null when open ("since 1988"). */
  last: string | null;
  precision: DatePrecision;
  wording: string;
  rule: string;
  /** The RULES_VERSION that read it (absent: version 1). */
  rulesVersion?: number;
  /** True when resolved against a reference date or an earlier date in the passage. */
  relative?: boolean;
  /** For a relative date: what it was counted from, so an editor can check it. */
  reference?: DateReference;
  overridden?: boolean;
}

/**
 * What a relative date was resolved against: the source's publication date, an earlier date in
 * the same passage, or the nearest earlier date in the same section of the source.
 */
export interface DateReference {
  kind: "publication" | "passage" | "section";
  /** The words counted from ("February 26, 1988"), or the publication date ("1988-03-05"). */
  wording: string;
}

export type ParseFailureCode = "not-recognised" | "needs-reference-date";

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; code: ParseFailureCode; reason: string };

/** A source's publication date, known to the day, the month or only the year. */
export type ReferenceDate = { year: number; month?: number; day?: number };

/** Numbers an editor sets by hand for one claim; absent fields keep the parsed numbers. */
export interface ValueOverride {
  low?: Bound;
  high?: Bound;
  best?: number | null;
  first?: string | null;
  last?: string | null;
}

/** A figure found in a passage; offsets are string indexes into the passage (end exclusive). */
export interface QuantityMatch {
  start: number;
  end: number;
  value: QuantityValue;
  /** The figure counts a span of time ("three days"), which rarely is the figure a claim is about. */
  isDuration: boolean;
}

/** A date expression found in a passage; relative ones may fail without a reference date. */
export interface DateMatch {
  start: number;
  end: number;
  result: ParseResult<DateValue>;
}
