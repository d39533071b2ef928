import type { QuestionKind } from "@/lib/questions/question-kinds";
import { findDates } from "@/lib/values/find-dates";
import { findNotStated } from "@/lib/values/find-not-stated";
import { findQuantities } from "@/lib/values/find-quantities";
import { tokenize } from "@/lib/values/tokenize";
import type { DateValue, QuantityMatch, QuantityValue, ReferenceDate } from "@/lib/values/types";
import { clauseWords, countedEnd } from "./figure-clause";
import { conceptsIn, conceptWeight, measureConcepts } from "./measure-fit";

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
}

const UNITS =
  /^(?:km|kilomet|mile|metre|meter|ton|tonne|percent|per cent|%|hectare|square|dollar|rouble|ruble|manat|dram)/i;

/**
 * Every figure (or, for a date question, every date) of a passage, best fit first, ties in reading
 * order. The fit: the question's kind; the measure's words in what a figure counts ("26
 * Armenians" for "Armenians killed") or next to it ("were killed"); spans of time, ages and
 * measurements down; a relative phrase ("a year later") over the date it counts from.
 */
export function rankStatedCandidates(query: CandidateQuery): StatedCandidate[] {
  const tokens = tokenize(query.quote);
  const concepts = measureConcepts(query.measure);
  const found = query.kind === "date" ? dateCandidates(query) : quantityCandidates(query);
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  for (const [i, candidate] of inOrder.entries()) {
    const { own, near } = clauseWords(tokens, candidate, {
      previous: inOrder[i - 1] ?? null,
      next: inOrder[i + 1] ?? null,
    });
    const ownFound = conceptsIn(own, concepts);
    // "an unknown number of people were injured": what it counts follows the words.
    const nearPoints = candidate.notStated ? 2 : 1;
    for (const concept of ownFound)
      add(
        candidate,
        2 * conceptWeight(concept),
        `counts what the measure counts (${concept.startsWith("kin:") ? "a kindred word" : concept})`,
      );
    for (const concept of conceptsIn(near, concepts))
      if (!ownFound.has(concept))
        add(candidate, nearPoints * conceptWeight(concept), "the measure's words stand next to it");
    // "3 rockets" for "civilians killed": it counts something the measure does not name.
    const counted = candidate.value?.type === "quantity" ? candidate.value.counted : null;
    if (concepts.size > 0 && counted && ownFound.size === 0)
      add(candidate, -2, `counts ${counted}, which the measure does not name`);
  }
  return found.sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * The equally plausible best candidates when the reader should ask rather than guess: two or more
 * share the best score and read as different values. Judged only when the measure is known.
 */
export function ambiguousBest(
  candidates: readonly StatedCandidate[],
  measure: string | null | undefined,
): StatedCandidate[] | null {
  if (measureConcepts(measure).size === 0) return null;
  const best = candidates[0];
  if (!best) return null;
  const tied = candidates.filter((c) => c.score === best.score);
  const values = new Set(tied.map(valueKey));
  return tied.length > 1 && values.size > 1 ? tied : null;
}

function quantityCandidates({ kind, quote }: CandidateQuery): StatedCandidate[] {
  const tokens = tokenize(quote);
  const figures: StatedCandidate[] = findQuantities(quote).map((match) => {
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

function dateCandidates({ quote, reference, context }: CandidateQuery): StatedCandidate[] {
  const dates = findDates(quote, { reference, context });
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
  return found;
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

function add(candidate: StatedCandidate, points: number, reason: string) {
  candidate.score += points;
  candidate.reasons.push(reason);
}

function valueKey(candidate: StatedCandidate): string {
  const value = candidate.value;
  if (!value) return candidate.notStated ? "not-stated" : `none:${candidate.wording}`;
  return value.type === "date"
    ? `${value.first}|${value.last}`
    : JSON.stringify([value.low, value.high]);
}

// "26" reads better as "26 citizens of Armenian nationality": what is counted belongs to the
// stated words when it follows the figure directly (or after "of").
function countedLength(rest: string, counted: string | null): number {
  if (!counted) return 0;
  const words = counted
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(`^\\s+(?:of\\s+)?${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "u").exec(
    rest,
  );
  return match ? match[0].length : 0;
}
