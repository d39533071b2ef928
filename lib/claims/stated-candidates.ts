import { tokenize } from "@/lib/values/tokenize";
import { clauseWords } from "./figure-clause";
import {
  add,
  dateCandidates,
  quantityCandidates,
  type CandidateQuery,
  type StatedCandidate,
} from "./stated-candidate";
import { conceptsIn, conceptWeight, measureConcepts } from "./measure-fit";

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

function valueKey(candidate: StatedCandidate): string {
  const value = candidate.value;
  if (!value) return candidate.notStated ? "not-stated" : `none:${candidate.wording}`;
  return value.type === "date"
    ? `${value.first}|${value.last}`
    : JSON.stringify([value.low, value.high]);
}
