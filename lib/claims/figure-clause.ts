import type { Token } from "@/lib/values/tokenize";
import { isContentWord } from "./measure-fit";

type Span = { start: number; end: number };

const CONJUNCTIONS = new Set("and or but y e et und и o ou oder".split(" "));
// Words between a figure and its predicate: "26 were killed", "841 fueron detenidas".
const AUXILIARY = new Set(
  "were was are is had have has been be being reportedly reported later fueron fue resultaron resultó han sido son sont furent fut ont été sono stati state wurden wurde sind worden были был была было".split(
    " ",
  ),
);
const PREDICATES = /^(?:dead|killed|wounded|injured|hurt|missing|arrested|detained|died)$/;
// What counts stops before these, even in languages whose verbs the noun reader does not know.
const CUT_BEFORE = new Set(
  "por para con en sur dans par pour avec nel nella per con bei mit von с в на по из от для".split(
    " ",
  ),
);
const OF = new Set("of de di du des del della dei degli der".split(" "));

/**
 * A figure's own words and the words near it. Own: what it counts, the word governing it
 * ("killing 26", "wounded more than 220") and its predicate ("26 were killed"). Near: the rest of
 * its clause, which ends at a full stop, a semicolon or a bracket, and at "and", "or" or "but",
 * except between nouns ("24 Armenians and Azerbaijanis were wounded"). Figures joined by "and"
 * share a predicate written once ("6 Azeris and 26 Armenians dead"): it is near to both.
 */
export function clauseWords(
  tokens: Token[],
  span: Span,
  neighbours: { previous: Span | null; next: Span | null },
): { own: Token[]; near: Token[] } {
  const own = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const near: Token[] = [];
  const last = own[own.length - 1];
  if (own.filter((t) => t.kind === "word").length > 1 && last && PREDICATES.test(last.lower)) {
    own.pop();
    near.push(last);
  }
  const after = tokens.filter((t) => t.start >= span.end);
  const before = tokens.filter((t) => t.end <= span.start).reverse();
  const governing = before[0];
  if (governing && isContentWord(governing)) own.push(governing);
  const predicate = predicateAfter(after);
  if (predicate) (joinedAfter(tokens, span, neighbours.previous) ? near : own).push(predicate);
  for (const [i, t] of after.slice(0, 8).entries()) {
    if (isNounJoin(after, i)) {
      near.push(t);
      continue;
    }
    if (endsClause(t, after[i + 1])) {
      const shared = sharedPredicate(tokens, t, neighbours.next);
      if (shared) near.push(shared);
      break;
    }
    near.push(t);
  }
  for (const t of before.slice(0, 6)) {
    if ((t.kind === "punct" && /[.;!?()]/.test(t.text)) || CONJUNCTIONS.has(t.lower)) break;
    near.push(t);
  }
  return { own, near };
}

/**
 * Where the words a figure counts end, for the stated words an editor is offered: before a verb
 * or a preposition the noun reader took in, and after a plural noun that no "of" follows ("29000
 * soldiers quell …" → "29000 soldiers"; "26 citizens of Armenian nationality" stays whole).
 */
export function countedEnd(tokens: Token[], figureEnd: number, countedEnd: number): number {
  const words = tokens.filter((t) => t.start >= figureEnd && t.end <= countedEnd);
  let end = figureEnd;
  for (const [i, t] of words.entries()) {
    if (AUXILIARY.has(t.lower) || CONJUNCTIONS.has(t.lower) || CUT_BEFORE.has(t.lower)) break;
    // "hundreds of dead": after "of" the word is the noun counted, not a predicate.
    if (i > 0 && PREDICATES.test(t.lower) && !OF.has(words[i - 1]?.lower ?? "")) break;
    end = t.end;
    const following = words[i + 1];
    if (following && isPlural(t) && !OF.has(following.lower) && following.text === following.lower)
      break;
  }
  return end;
}

// The verb said of a figure: "26 were killed", "26 people killed", "one serviceman of an armed
// formation … was wounded" (over a few words that attach to the noun, within the clause).
function predicateAfter(after: Token[]): Token | null {
  let k = 0;
  while (isNounJoin(after, k)) k += 2;
  const first = after[k];
  if (first && PREDICATES.test(first.lower)) return first;
  for (let skipped = 0; skipped < 8 && after[k]; skipped += 1, k += 1) {
    const token = after[k] as Token;
    if (AUXILIARY.has(token.lower)) break;
    if (token.kind === "punct" || CONJUNCTIONS.has(token.lower)) return null;
  }
  if (!AUXILIARY.has(after[k]?.lower ?? "")) return null;
  while (AUXILIARY.has(after[k]?.lower ?? "")) k += 1;
  const predicate = after[k];
  return predicate && isContentWord(predicate) ? predicate : null;
}

function isPlural(token: Token): boolean {
  return (
    token.kind === "word" &&
    token.lower.length > 3 &&
    /s$/.test(token.lower) &&
    !/ss$/.test(token.lower)
  );
}

// "Armenians and Azerbaijanis": "and" between two nouns names one group.
function isNounJoin(after: Token[], k: number): boolean {
  const join = after[k];
  const noun = after[k + 1];
  return (
    !!join &&
    !!noun &&
    CONJUNCTIONS.has(join.lower) &&
    noun.kind === "word" &&
    /^\p{Lu}/u.test(noun.text)
  );
}

function endsClause(token: Token, next: Token | undefined): boolean {
  if (token.kind === "punct") {
    if (/[.;!?()]/.test(token.text)) return true;
    return token.text === "," && CONJUNCTIONS.has(next?.lower ?? "");
  }
  return CONJUNCTIONS.has(token.lower);
}

// "6 Azeris and 26 Armenians dead": the predicate after the next figure, joined by "and",
// stands for both.
function sharedPredicate(tokens: Token[], join: Token, next: Span | null): Token | null {
  if (!next || !CONJUNCTIONS.has(join.lower)) return null;
  const between = tokens.filter((t) => t.start >= join.end && t.end <= next.start);
  if (between.length > 0) return null;
  let k = tokens.findIndex((t) => t.start >= next.end);
  if (k === -1) return null;
  while (AUXILIARY.has(tokens[k]?.lower ?? "")) k += 1;
  const predicate = tokens[k];
  return predicate && PREDICATES.test(predicate.lower) ? predicate : null;
}

// Whether a figure is the second of two joined by "and" ("6 Azeris and 26 Armenians dead").
function joinedAfter(tokens: Token[], span: Span, previous: Span | null): boolean {
  if (!previous) return false;
  const between = tokens.filter((t) => t.start >= previous.end && t.end <= span.start);
  return between.length === 1 && CONJUNCTIONS.has(between[0]?.lower ?? "");
}
