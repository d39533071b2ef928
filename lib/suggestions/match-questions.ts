import type { QuestionMatch, QuestionRef } from "./suggestion-types";
import { hasWord, isPeopleWord, mentions, outcomeOf, wordsOf, type Word } from "./word-match";

/** What a figure offers to be matched against questions. */
export interface FigureForMatching {
  kind: "quantity" | "date";
  counted: string | null;
  /** The sentence holding the figure, and the text around it (its neighbouring sentences). */
  sentence: string;
  nearby: string;
  /** Word counts of the whole text (wordCounts), to prefer the subject the text is about. */
  counts?: Map<string, number>;
}

/** A question with its words worked out once, for matching against many figures. */
export interface PreparedQuestion {
  question: QuestionRef;
  /** Subject words; names ("Sumgait") weigh 3, common words ("pogrom", often paraphrased) 1. */
  subject: { word: Word; original: string; weight: number }[];
  measure: Word[];
  outcomes: Set<string>;
  scope: Word[];
}

const LISTED = 0.3;
const CONFIDENT = 0.6;
const MARGIN = 0.1;
const SCOPE = 0.15;

/** Works out the words of each question once. */
export function prepareQuestions(questions: QuestionRef[]): PreparedQuestion[] {
  return questions.map((question) => ({
    question,
    subject: (question.subject.match(/\p{L}[\p{L}’'-]*/gu) ?? []).flatMap((original) =>
      wordsOf(original).map((word) => ({
        word,
        original,
        weight: /^\p{Lu}/u.test(original) ? 3 : 1,
      })),
    ),
    measure: wordsOf(question.measure),
    outcomes: new Set(wordsOf(question.measure).flatMap((w) => outcomeOf(w.word) ?? [])),
    scope: wordsOf(question.scope),
  }));
}

/**
 * The questions a figure may answer, best first, each with its reasons: the kind fits, the
 * subject is named in the sentence or nearby, the measure's noun and outcome match what is
 * counted ("Armenians killed"), the scope's words appear. A different outcome ("injured" for a
 * question about the killed) rules a question out.
 */
export function matchQuestions(
  figure: FigureForMatching,
  questions: PreparedQuestion[],
): QuestionMatch[] {
  const sentence = wordsOf(figure.sentence);
  const nearby = wordsOf(figure.nearby);
  const counted = wordsOf(figure.counted ?? "");
  const matches: QuestionMatch[] = [];
  for (const prepared of questions) {
    const { question } = prepared;
    if ((question.kind === "date") !== (figure.kind === "date")) continue;
    const reasons = [`asks for a ${question.kind}`];
    const subject =
      subjectScore(prepared, sentence, nearby, reasons) + aboutness(prepared, figure.counts);
    const measure =
      figure.kind === "date"
        ? share(prepared.measure, sentence)
        : measureScore(prepared, counted, figure.counted, reasons);
    if (measure === null) continue;
    const scope = scopeScore(prepared, sentence, reasons);
    const [bySubject, byMeasure] = figure.kind === "date" ? [0.85, 0.15] : [0.5, 0.5];
    const score = Math.max(0, Math.min(1, bySubject * subject + byMeasure * measure + scope));
    if (score >= LISTED) matches.push({ questionId: question.id, score: round(score), reasons });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** The question to fill in: the best match when it is good and clearly ahead of the next. */
export function confidentQuestion(matches: QuestionMatch[]): string | null {
  const [best, next] = matches;
  if (!best || best.score < CONFIDENT) return null;
  // Scores are rounded to hundredths: compare with a little slack.
  return !next || best.score - next.score >= MARGIN - 1e-9 ? best.questionId : null;
}

// Named in the sentence counts fully, nearby 0.6.
function subjectScore(q: PreparedQuestion, sentence: Word[], nearby: Word[], reasons: string[]) {
  let total = 0;
  let found = 0;
  for (const { word, original, weight } of q.subject) {
    total += weight;
    if (hasWord(sentence, word)) {
      found += weight;
      reasons.push(`“${original}” is named in the sentence`);
    } else if (hasWord(nearby, word)) {
      found += 0.6 * weight;
      reasons.push(`“${original}” is named nearby`);
    }
  }
  return total === 0 ? 0 : found / total;
}

// null: what is counted happened otherwise than the measure says (injured, not killed).
function measureScore(
  q: PreparedQuestion,
  have: Word[],
  counted: string | null,
  reasons: string[],
): number | null {
  const haveOutcomes = new Set(have.flatMap((w) => outcomeOf(w.word) ?? []));
  const nouns = q.measure.filter((w) => !outcomeOf(w.word));
  let outcome = 0;
  if (q.outcomes.size > 0 && haveOutcomes.size > 0) {
    if (![...q.outcomes].some((o) => haveOutcomes.has(o))) return null;
    outcome = 1;
    reasons.push(`counts the ${[...q.outcomes].join(", ")}, as the measure does`);
  }
  let noun = 0;
  for (const word of nouns) {
    if (hasWord(have, word)) noun += 1;
    else if (isPeopleWord(word.word) && have.some((w) => isPeopleWord(w.word))) noun += 0.6;
  }
  noun = nouns.length === 0 ? 0 : noun / nouns.length;
  if (noun > 0) reasons.push(`counts ${counted}, like “${q.question.measure}”`);
  if (q.outcomes.size === 0) return noun;
  if (nouns.length === 0) return outcome;
  // "hundreds were wounded" names no noun to compare: the outcome alone, a little discounted.
  const countedNouns = have.filter((w) => !outcomeOf(w.word));
  return countedNouns.length === 0 ? 0.8 * outcome : 0.5 * outcome + 0.5 * noun;
}

// A tie-breaker, at most 0.05: of two subjects named nearby, the one the text names more often.
function aboutness(q: PreparedQuestion, counts: Map<string, number> | undefined): number {
  const names = q.subject.filter((s) => s.weight > 1);
  if (!counts || names.length === 0) return 0;
  const often = Math.min(...names.map((s) => mentions(counts, s.word)));
  return (0.05 * Math.min(often, 10)) / 10;
}

// A narrow scope ("in one night") fits a sentence that names it and not one that does not;
// "whole event" says nothing either way.
function scopeScore(q: PreparedQuestion, sentence: Word[], reasons: string[]): number {
  if (q.scope.length === 0) return 0;
  if (share(q.scope, sentence) < 1) return -SCOPE;
  reasons.push(`the sentence names the scope “${q.question.scope}”`);
  return SCOPE;
}

function share(words: Word[], sentence: Word[]): number {
  if (words.length === 0) return 0;
  return words.filter((word) => hasWord(sentence, word)).length / words.length;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
