import type { QuestionKind } from "@/lib/questions/question-kinds";
import { findDates } from "@/lib/values/find-dates";
import { findNotStated } from "@/lib/values/find-not-stated";
import { findQuantities } from "@/lib/values/find-quantities";
import { tokenize } from "@/lib/values/tokenize";
import type { DateValue, QuantityMatch, QuantityValue, ReferenceDate } from "@/lib/values/types";
import { countedEnd } from "./figure-clause";

type ClaimValue = QuantityValue | DateValue;

/** Words of a passage that may be the stated words of a claim, with how well they fit. */
export interface StatedCandidate {
  /** Offsets in the quote, end exclusive. */
  start: number;
  end: number;
  wording: string;
  /** What the words read as; null when they cannot be read as they stand. */
  value: ClaimValue | null;
  /** The words say the figure is not known ("an unknown number"). */
  notStated: boolean;
  /** Why there is no value, when there is none. */
  problem: string | null;
  /** Higher fits the question better; candidates with equal scores are equally plausible. */
  score: number;
  /** Why the score is what it is, in words, for the editor. */
  reasons: string[];
}

/** What candidates are ranked against. */
export interface CandidateQuery {
  kind: QuestionKind;
  quote: string;
  /** The question's measure ("Armenians killed"): its words tell which figure is meant. */
  measure?: string | null;
  reference: ReferenceDate | null;
  /** The section of the source before the passage, for days without a year. */
  context?: string | null;
  /** The source's language (ISO 639-1, "es"); absent or unsupported reads as English. */
  language?: string | null;
}

const UNITS =
  /^(?:km|kilomet|mile|metre|meter|ton|tonne|percent|per cent|%|hectare|square|dollar|rouble|ruble|manat|dram)/i;

/** Every figure of a passage, and every place it says a figure is not known, judged alone. */
export function quantityCandidates({ kind, quote, language }: CandidateQuery): StatedCandidate[] {
  const tokens = tokenize(quote);
  const figures: StatedCandidate[] = findQuantities(quote, { language }).map((match) => {
    const full = match.end + countedLength(quote.slice(match.end), match.value.counted);
    const end = countedEnd(tokens, match.end, full);
    const candidate = base(quote, match.start, end, match.value);
    judgeFigure(candidate, match, quote, kind);
    return candidate;
  });
  const unknown = findNotStated(quote).map((match) => {
    const candidate: StatedCandidate = {
      ...base(quote, match.start, match.end, null),
      notStated: true,
    };
    candidate.problem = "the source says the figure is not known";
    add(candidate, -1.5, "says the figure is not known");
    return candidate;
  });
  return [...figures, ...unknown];
}

function judgeFigure(
  candidate: StatedCandidate,
  match: QuantityMatch,
  quote: string,
  kind: QuestionKind,
) {
  if (match.isDuration) add(candidate, -3, "counts a span of time");
  const counted = match.value.counted ?? "";
  if (/^year-old|^-year-old/i.test(counted) || /^-?year-old/i.test(quote.slice(match.end)))
    add(candidate, -3, "is an age");
  if (kind === "count" && UNITS.test(counted)) add(candidate, -2, "is a measurement, not a count");
}

/** Every date of a passage; a date a relative phrase counts from goes below the phrase. */
export function dateCandidates({
  quote,
  reference,
  context,
  language,
}: CandidateQuery): StatedCandidate[] {
  const dates = findDates(quote, { reference, context, language });
  const found = dates.map((match) => {
    const value = match.result.ok ? match.result.value : null;
    const candidate = base(quote, match.start, match.end, value);
    if (!match.result.ok) {
      candidate.problem = match.result.reason;
      add(candidate, -1, "cannot be read as it stands");
    }
    return candidate;
  });
  // "In 1988 … a year later": the year is what the phrase counts from, not the date meant.
  for (const candidate of found) {
    const reference = candidate.value?.type === "date" ? candidate.value.reference : undefined;
    if (reference?.kind !== "passage") continue;
    const counted = found.find(
      (other) => other.start < candidate.start && other.wording === reference.wording,
    );
    if (!counted) continue;
    add(counted, -2, `is the date “${candidate.wording}” counts from`);
    add(candidate, 0.5, `counts from “${counted.wording}” in the passage`);
  }
  // "In 1990 … from 13 to 20 January 1990": the days say more than the year they fall in.
  for (const candidate of found) {
    if (found.some((other) => other !== candidate && isWithin(candidate, other)))
      add(candidate, 0.5, "is more precise than a date it falls within");
  }
  return found;
}

function isWithin(inner: StatedCandidate, outer: StatedCandidate): boolean {
  const a = inner.value;
  const b = outer.value;
  if (a?.type !== "date" || b?.type !== "date" || !a.first || !a.last || !b.first || !b.last)
    return false;
  const same = a.first === b.first && a.last === b.last;
  return !same && a.first >= b.first && a.last <= b.last;
}

function base(
  quote: string,
  start: number,
  end: number,
  value: ClaimValue | null,
): StatedCandidate {
  return {
    start,
    end,
    wording: quote.slice(start, end),
    value,
    notStated: false,
    problem: null,
    score: 0,
    reasons: [],
  };
}

/** Adds points to a candidate, with the reason in words. */
export function add(candidate: StatedCandidate, points: number, reason: string) {
  candidate.score += points;
  candidate.reasons.push(reason);
}

// "26" reads better as "26 citizens of Armenian nationality": what is counted belongs to the
// stated words when it follows the figure directly (or after "of", "de", "di", "d'").
function countedLength(rest: string, counted: string | null): number {
  if (!counted) return 0;
  const words = counted
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(
    `^\\s+(?:(?:of|de|del|di|von)\\s+|d['’]\\s*)?${words.join("\\s+")}(?![\\p{L}\\p{N}])`,
    "u",
  ).exec(rest);
  return match ? match[0].length : 0;
}
