import type { TextRange } from "../find-quote";
import { figureWords } from "../figure-words";
import { splitParagraphs } from "../split-paragraphs";

/** A sentence of a text, with its words, as ranges of the text. */
export interface Sentence extends TextRange {
  paragraph: TextRange;
  words: TextRange[];
}

// The generator asks for the sentences of the same few texts thousands of times.
const recent = new Map<string, Sentence[]>();

/** The sentences of a text: runs ending in . ! or ? (and any closing quote) within a paragraph. */
export function sentencesOf(text: string): Sentence[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const found = splitSentences(text);
  if (recent.size >= 16) recent.delete(recent.keys().next().value ?? "");
  recent.set(text, found);
  return found;
}

function splitSentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const pattern = /\S(?:[^]*?)(?:[.!?]+["'\u201d\u2019)\]]*(?=\s|$)|$)/g;
    for (const match of paragraph.text.matchAll(pattern)) {
      const start = paragraph.start + match.index;
      const end = start + match[0].length;
      const words = [...match[0].matchAll(/\S+/g)].map((w) => ({
        start: start + w.index,
        end: start + w.index + w[0].length,
      }));
      if (words.length > 0) found.push({ start, end, paragraph, words });
    }
  }
  return found;
}

/** True when the words of a text include a figure, number word, date word or negation. */
export function hasFigure(text: string): boolean {
  return figureWords(text).length > 0;
}

/** Word ranges of `sentence` from word `first` to word `last`, both included, as one range. */
export function wordSpan(sentence: Sentence, first: number, last: number): TextRange {
  const a = sentence.words[first];
  const b = sentence.words[last];
  if (!a || !b) throw new Error("edit set: word index out of range");
  return { start: a.start, end: b.end };
}

/** Plain words (letters only, four or more) that are not figure words: safe to misspell. */
export function plainWords(text: string, range: TextRange): TextRange[] {
  const words: TextRange[] = [];
  for (const m of text.slice(range.start, range.end).matchAll(/\p{L}{4,}/gu)) {
    if (!hasFigure(m[0])) {
      words.push({ start: range.start + m.index, end: range.start + m.index + m[0].length });
    }
  }
  return words;
}
