import { readFileSync } from "node:fs";
import { referenceOf } from "@/lib/claims/claim-value";
import { findQuote } from "@/lib/passages/find-quote";
import { suggestFigures } from "@/lib/suggestions/suggest-figures";
import type { QuestionRef } from "@/lib/suggestions/suggestion-types";
import { SAMPLE_CLAIMS } from "@/seed/sample-claims";
import { SAMPLE_SOURCES } from "@/seed/sample-sources";

export interface QuestionCheck {
  claims: number;
  /** Claims whose suggestion ranks their own question first. */
  first: number;
  /** Claims whose suggestion proposes a question with confidence, and how many of those are wrong. */
  confident: number;
  confidentWrong: number;
  /** Claims whose question is not among their suggestion's matches, or that have no suggestion. */
  unlisted: number;
  details: string[];
}

const CORPUS = new URL("../../seed/corpus/", import.meta.url);

/**
 * The sample claims as a test of question matching: every sample question is offered, and the
 * suggestion for each claim's stated words should rank the claim's own question first.
 */
export function checkQuestionMatching(): QuestionCheck {
  const questions = sampleQuestions();
  const check: QuestionCheck = {
    claims: 0,
    first: 0,
    confident: 0,
    confidentWrong: 0,
    unlisted: 0,
    details: [],
  };
  for (const claim of SAMPLE_CLAIMS) {
    check.claims += 1;
    const source = SAMPLE_SOURCES.find((s) => s.file === claim.file);
    const text = readFileSync(new URL(claim.file, CORPUS), "utf8");
    const reference = referenceOf(source?.published ?? null);
    const suggestion = suggestionFor(text, claim.quote, claim.stated, reference, questions);
    const wanted = questions.find((q) => q.id === questionId(claim.question))?.id;
    const ranked = suggestion?.questions.map((m) => m.questionId) ?? [];
    const label = `“${claim.stated}” → ${claim.question.subject} — ${claim.question.measure}`;
    if (ranked[0] === wanted) check.first += 1;
    else
      check.details.push(
        `  ${label}: ranked ${ranked.indexOf(wanted ?? "") + 1 || "not listed"}, first ${ranked[0] ?? "none"}`,
      );
    if (!wanted || !ranked.includes(wanted)) check.unlisted += 1;
    if (suggestion?.proposal.questionId) {
      check.confident += 1;
      if (suggestion.proposal.questionId !== wanted) check.confidentWrong += 1;
    }
  }
  return check;
}

function suggestionFor(
  text: string,
  quote: string,
  stated: string,
  reference: ReturnType<typeof referenceOf>,
  questions: QuestionRef[],
) {
  const passage = findQuote(text, quote)[0];
  if (!passage) return undefined;
  const inQuote = findQuote(text.slice(passage.start, passage.end), stated)[0];
  const at = passage.start + (inQuote?.start ?? 0);
  return suggestFigures(text, { reference, questions }).find((s) => s.start <= at && at < s.end);
}

function sampleQuestions(): QuestionRef[] {
  const byId = new Map<string, QuestionRef>();
  for (const { question } of SAMPLE_CLAIMS) {
    const id = questionId(question);
    const { subject, measure, kind } = question;
    byId.set(id, { id, subject, measure, kind, scope: question.scope ?? "whole event" });
  }
  return [...byId.values()];
}

function questionId(q: { subject: string; measure: string; scope?: string }): string {
  return `${q.subject} — ${q.measure} (${q.scope ?? "whole event"})`;
}
