import { countedPhrase } from "./counted-phrase";
import { furnitureReason, lowPriorityNotes, pageLayout } from "./figure-noise";
import { findAttribution } from "./find-attribution";
import { confidentQuestion, matchQuestions, prepareQuestions } from "./match-questions";
import { proposeRecording } from "./propose-recording";
import { readFigures } from "./read-figures";
import { findQuotations } from "./quotations";
import { sentenceAt, splitSentences } from "./split-sentences";
import { keyBase, suggestionKey } from "./suggestion-key";
import type { Attribution, Span, SuggestOptions, Suggestion } from "./suggestion-types";
import { wordCounts } from "./word-match";

/**
 * Every figure and date of a source's text that an editor may want to record, in reading order,
 * each with its sentence, what it counts, who it is attributed to, the questions it may answer
 * and the recording panel's fields filled in. Page furniture (phone numbers, datelines, list
 * numbers, copyright years, lines in another script) is left out; spans of time are kept with a
 * low priority. Dismissed and already recorded figures are kept and marked.
 */
export function suggestFigures(text: string, options: SuggestOptions = {}): Suggestion[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const english = !options.language || /^en\b/i.test(options.language);
  const sentences = splitSentences(text);
  const quotations = findQuotations(text);
  const layout = pageLayout(text);
  const dismissed = new Set(options.dismissed ?? []);
  const seen = new Map<string, number>();
  const counts = wordCounts(text);
  const prepared = prepareQuestions(options.questions ?? []);
  const suggestions: Suggestion[] = [];
  let previousOrigin: string | null = null;
  for (const figure of readFigures(text, options.reference ?? null, options.language, english)) {
    if (furnitureReason(layout, figure, figure.kind)) continue;
    const sentence = sentenceOf(sentences, figure);
    const phrase =
      figure.kind === "quantity" && figure.value?.type === "quantity"
        ? countedPhrase(text, figure, figure.value, sentence, english)
        : { counted: null, statedStart: figure.start, statedEnd: figure.end };
    const attribution: Attribution | null = english
      ? findAttribution(text, sentence, figure, { quotations, previousOrigin })
      : null;
    previousOrigin = attribution?.origin ?? previousOrigin;
    const questions = matchQuestions(
      {
        kind: figure.kind,
        counted: phrase.counted,
        sentence: text.slice(sentence.start, sentence.end),
        nearby: nearbyText(text, sentences, sentence),
        counts,
      },
      prepared,
    );
    const wording = text.slice(figure.start, figure.end);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const within = countOf(text.slice(sentence.start, figure.start), wording);
    const base = keyBase({ kind: figure.kind, wording, sentence: sentenceText, within });
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const key = suggestionKey({
      kind: figure.kind,
      wording,
      sentence: sentenceText,
      within,
      occurrence,
    });
    const notes = lowPriorityNotes(layout, figure, phrase.statedEnd, figure.isDuration);
    suggestions.push({
      key,
      kind: figure.kind,
      start: figure.start,
      end: figure.end,
      wording,
      value: figure.value,
      problem: figure.problem,
      sentence: { start: sentence.start, end: sentence.end },
      counted: phrase.counted,
      attribution,
      questions,
      recorded: (options.recorded ?? []).some((r) => r.start < figure.end && figure.start < r.end),
      dismissed: dismissed.has(key),
      priority: notes.length > 0 ? "low" : "normal",
      notes,
      proposal: proposeRecording(text, {
        sentence,
        figure,
        stated: { start: phrase.statedStart, end: phrase.statedEnd },
        attribution,
        questionId: confidentQuestion(questions),
        override: figure.override,
      }),
    });
  }
  return suggestions;
}

// The sentence with two before and two after it: a subject named in the sentence before ("Baku
// pogroms, along with …") is still near a date in the next.
function nearbyText(text: string, sentences: Span[], sentence: Span): string {
  const i = sentences.indexOf(sentence);
  if (i === -1) return text.slice(sentence.start, sentence.end);
  const from = sentences[Math.max(0, i - 2)]?.start ?? sentence.start;
  const to = sentences[Math.min(sentences.length - 1, i + 2)]?.end ?? sentence.end;
  return text.slice(from, to);
}

function countOf(haystack: string, needle: string): number {
  return needle === "" ? 0 : haystack.split(needle).length - 1;
}

// The sentence holding the figure; when the splitter cut inside the figure ("Feb. , 26"), the
// sentences it spans together, so the figure always lies within its sentence.
function sentenceOf(sentences: Span[], figure: Span): Span {
  const first = sentenceAt(sentences, figure.start);
  const last = sentenceAt(sentences, Math.max(figure.start, figure.end - 1));
  if (!first) return { start: figure.start, end: figure.end };
  return last && last !== first ? { start: first.start, end: last.end } : first;
}
