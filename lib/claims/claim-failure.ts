import type { Occurrence } from "@/lib/passages/resolve-passage";
import type { StatedCandidate } from "./stated-candidate";

/**
 * Why a claim could not be recorded, aimed at the field to fix. The API answers 422 with it; the
 * editor's panel shows the message beside that field.
 */
export interface ClaimFailure {
  code:
    | "source_not_found"
    | "question_not_found"
    | "claim_not_found"
    | "quote_not_found"
    | "quote_ambiguous"
    | "invalid_range"
    | "stated_not_in_quote"
    | "no_figure_in_quote"
    | "stated_ambiguous"
    | "no_value_stated"
    | "needs_value"
    | "value_unparseable"
    | "value_kind_mismatch"
    | "value_out_of_range"
    | "value_invalid"
    | "version_conflict"
    | "passage_not_found"
    | "passage_exists"
    | "last_passage"
    | "passage_holds_stated";
  field: string;
  message: string;
  /** For an ambiguous quote: where it occurs, with context, at most MAX_OCCURRENCES of them. */
  occurrences?: Occurrence[];
  occurrenceCount?: number;
  /**
   * For ambiguous stated words: the equally plausible candidates, best first, so the API can list
   * them and the panel can offer them to pick from.
   */
  candidates?: StatedCandidate[];
  /** For a version conflict: the version the writer read, and the record as it is now. */
  expected?: number;
  current?: unknown;
}

export type ClaimResult<T> = { ok: true; value: T } | { ok: false; failure: ClaimFailure };

/** A failure result, spelled briefly. */
export function fail<T>(
  code: ClaimFailure["code"],
  field: string,
  message: string,
  extra: Pick<
    ClaimFailure,
    "occurrences" | "occurrenceCount" | "candidates" | "expected" | "current"
  > = {},
): ClaimResult<T> {
  return { ok: false, failure: { code, field, message, ...extra } };
}
