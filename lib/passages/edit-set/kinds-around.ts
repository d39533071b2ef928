// Edits around a passage: sentences and paragraphs added, removed, replaced or moved.

import { normalizeQuote } from "../normalize-text";
import { splitParagraphs } from "../split-paragraphs";
import type { Replacement } from "./apply-edits";
import { reversed, type EditKind, type Pool } from "./draft";
import { pickPassage } from "./pick-passage";
import type { Random } from "./random";
import { sentencesOf } from "./text-parts";

export const aroundKinds: EditKind[] = [
  {
    name: "sentence-inserted",
    description: "a sentence from another text is inserted after an earlier sentence",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const earlier = sentencesOf(text).filter((s) => s.end <= picked.range.start);
      const sentence = freshSentence(
        pool,
        random,
        text.slice(picked.range.start, picked.range.end),
      );
      const replacement: Replacement =
        earlier.length > 0
          ? { ...at(random.pick(earlier).end), text: ` ${sentence}`, effect: "rewrite" }
          : { ...at(picked.sentence.start), text: `${sentence} `, effect: "rewrite" };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "paragraph-inserted",
    description: "a paragraph from another text is inserted between two paragraphs",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const paragraph = random.pick(splitParagraphs(text));
      const replacement: Replacement = {
        ...at(paragraph.end),
        text: `\n\n${random.pick(pool.paragraphs)}`,
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "sentence-deleted",
    description: "another sentence (before or after the passage) is deleted",
    make: (text, random) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const others = sentencesOf(text).filter(
        (s) => s.end < picked.sentence.start || s.start > picked.sentence.end,
      );
      if (others.length === 0) return null;
      const s = random.pick(others);
      const end = text.charAt(s.end) === " " ? s.end + 1 : s.end;
      const replacement: Replacement = { start: s.start, end, text: "", effect: "rewrite" };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "words-around-rewritten",
    description: "the words just before and after the passage are replaced by other words",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random, { minWords: 3 });
      if (!picked) return null;
      const { range, sentence } = picked;
      const before = sentence.words.filter((w) => w.end < range.start).at(-1);
      const after = sentence.words.find((w) => w.start > range.end);
      const replacements = [before, after].flatMap((w): Replacement[] =>
        w
          ? [{ ...w, text: otherWord(pool, random, text.slice(w.start, w.end)), effect: "rewrite" }]
          : [],
      );
      return replacements.length > 0 ? { oldText: text, replacements, targets: [range] } : null;
    },
  },
  {
    name: "sentence-with-passage-deleted",
    description: "the sentence holding the passage is deleted (expected orphan)",
    make: (text, random) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const { sentence } = picked;
      const replacement: Replacement = {
        start: sentence.start,
        end: sentence.end,
        text: "",
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "paragraph-with-passage-replaced",
    description:
      "the paragraph holding the passage is replaced by a paragraph of another text (expected orphan)",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const quote = normalizeQuote(text.slice(picked.range.start, picked.range.end));
      const others = pool.paragraphs.filter((p) => !normalizeQuote(p).includes(quote));
      const { paragraph } = picked.sentence;
      const replacement: Replacement = {
        ...paragraph,
        text: random.pick(others),
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "paragraphs-reordered",
    description: "the paragraph holding the passage is moved before another paragraph",
    make: (text, random) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const paragraphs = splitParagraphs(text);
      const index = paragraphs.findIndex((p) => p.start === picked.sentence.paragraph.start);
      const next = paragraphs[index + 1];
      if (!next) return null;
      const removal: Replacement = {
        start: picked.sentence.paragraph.start,
        end: next.start,
        text: "",
        effect: "rewrite",
      };
      const destinations = paragraphs.filter((_, i) => i !== index && i !== index + 1);
      if (destinations.length === 0) return null;
      const destination = random.pick(destinations);
      const insertion: Replacement = {
        ...at(destination.start),
        text: text.slice(removal.start, removal.end),
        effect: "rewrite",
        movedFrom: { start: removal.start, end: removal.end },
      };
      return { oldText: text, replacements: [removal, insertion], targets: [picked.range] };
    },
  },
  {
    name: "pull-quote-removed",
    description:
      "a copy of the passage's sentence set as a pull quote elsewhere is removed; the copy's passage must be orphaned, never moved onto the original",
    make: (text, random) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const { sentence, range } = picked;
      const far = splitParagraphs(text).filter(
        (p) => p.end < sentence.paragraph.start - 200 || p.start > sentence.paragraph.end + 200,
      );
      if (far.length === 0) return null;
      const where = random.pick(far).end;
      const copy = text.slice(sentence.start, sentence.end);
      const draft = reversed(
        text,
        [{ ...at(where), text: `\n\n${copy}`, effect: "rewrite" }],
        [range],
      );
      const copyStart = where + 2 + (range.start - sentence.start);
      draft.targets.push({ start: copyStart, end: copyStart + range.end - range.start });
      return draft;
    },
  },
];

function at(offset: number): { start: number; end: number } {
  return { start: offset, end: offset };
}

function freshSentence(pool: Pool, random: Random, quote: string): string {
  const folded = normalizeQuote(quote);
  const fresh = pool.sentences.filter((s) => !normalizeQuote(s).includes(folded));
  return random.pick(fresh.length > 0 ? fresh : pool.sentences);
}

function otherWord(pool: Pool, random: Random, word: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const words = random.pick(pool.sentences).match(/\p{L}{3,}/gu) ?? [];
    const candidate = words.length > 0 ? random.pick(words) : "";
    if (candidate !== "" && candidate !== word) return candidate;
  }
  return "words";
}
