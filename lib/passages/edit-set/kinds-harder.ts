// Edits that test the edges of re-anchoring: a word swapped at a passage's edge, a passage half
// rewritten, a paragraph corrected and moved, a misread digit fixed, a word re-joined across a
// line break, a paragraph copied, boilerplate scattered between paragraphs.

import { splitParagraphs } from "../split-paragraphs";
import type { Replacement } from "./apply-edits";
import { reversed, type EditKind, type Pool } from "./draft";
import { misreadings } from "./kinds-inside";
import { pickPassage } from "./pick-passage";
import type { Random } from "./random";
import { hasFigure, plainWords } from "./text-parts";

export const harderKinds: EditKind[] = [
  {
    name: "word-replaced",
    description:
      "one plain word of the passage, its first or last included, is replaced by another word",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random, { minWords: 5 });
      if (!picked) return null;
      const words = plainWords(text, picked.range);
      if (words.length === 0) return null;
      const word = random.pick(words);
      const replacement: Replacement = {
        ...word,
        text: plainWordFrom(pool, random, text.slice(word.start, word.end)),
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "passage-half-rewritten",
    description: "half the words of the passage are replaced by other words (expected orphan)",
    make: (text, random, pool) => {
      const picked = pickPassage(text, random, { minWords: 6 });
      if (!picked) return null;
      const words = picked.sentence.words.filter(
        (w) => w.start >= picked.range.start && w.end <= picked.range.end,
      );
      const replacements = words
        .filter((_, i) => i % 2 === 1)
        .map((w): Replacement => ({
          ...w,
          text: plainWordFrom(pool, random, text.slice(w.start, w.end)),
          effect: "rewrite",
        }));
      return { oldText: text, replacements, targets: [picked.range] };
    },
  },
  {
    name: "paragraph-corrected-and-moved",
    description:
      "a misreading in the passage is fixed and its paragraph is moved before another one",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 5 });
      if (!picked) return null;
      const errors = misreadings(text, picked.range, random, 1);
      const paragraphs = splitParagraphs(text);
      const index = paragraphs.findIndex((p) => p.start === picked.sentence.paragraph.start);
      const next = paragraphs[index + 1];
      const destinations = paragraphs.filter((_, i) => i < index - 1 || i > index + 1);
      if (errors.length === 0 || !next || destinations.length === 0) return null;
      const draft = reversed(text, errors, [picked.range]);
      const removal: Replacement = {
        start: picked.sentence.paragraph.start,
        end: next.start,
        text: "",
        effect: "rewrite",
      };
      const destination = random.pick(destinations).start;
      const insertion: Replacement = {
        start: destination,
        end: destination,
        text: text.slice(removal.start, removal.end),
        effect: "rewrite",
        movedFrom: { start: removal.start, end: removal.end },
      };
      return { ...draft, then: [removal, insertion] };
    },
  },
  {
    name: "digit-misread-fixed",
    description:
      "a digit of the passage that OCR read as a letter (l for 1, O for 0, S for 5) is fixed (expected orphan: a figure changed)",
    make: (text, random) => {
      const picked = pickPassage(text, random, {
        figure: true,
        accept: (r) => /[105]/.test(text.slice(r.start, r.end)),
      });
      if (!picked) return null;
      const digits = [...text.slice(picked.range.start, picked.range.end).matchAll(/[105]/g)];
      const digit = random.pick(digits);
      const at = picked.range.start + digit.index;
      const letter = { "1": "l", "0": "O", "5": "S" }[digit[0]] ?? "l";
      return reversed(
        text,
        [{ start: at, end: at + 1, text: letter, effect: "figure" }],
        [picked.range],
      );
    },
  },
  {
    name: "word-rejoined",
    description:
      'a long word of the passage that a PDF extraction split as "inter-\\nnational" is re-joined',
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 5 });
      if (!picked) return null;
      const long = plainWords(text, picked.range).filter((w) => w.end - w.start >= 8);
      if (long.length === 0) return null;
      const word = random.pick(long);
      const at = word.start + random.int(3, word.end - word.start - 3);
      return reversed(text, [{ start: at, end: at, text: "-\n", effect: "typo" }], [picked.range]);
    },
  },
  {
    name: "paragraph-copied",
    description:
      "a copy of the passage's paragraph is added two or more paragraphs away; the passage stays where it was",
    make: (text, random) => {
      const picked = pickPassage(text, random);
      if (!picked) return null;
      const paragraphs = splitParagraphs(text);
      const index = paragraphs.findIndex((p) => p.start === picked.sentence.paragraph.start);
      const far = paragraphs.filter((_, i) => i < index - 2 || i > index + 2);
      if (far.length === 0) return null;
      const { paragraph } = picked.sentence;
      const copy = text.slice(paragraph.start, paragraph.end);
      const where = random.pick(far).end;
      return {
        oldText: text,
        replacements: [{ start: where, end: where, text: `\n\n${copy}`, effect: "rewrite" }],
        targets: [picked.range],
      };
    },
  },
  {
    name: "boilerplate-inserted",
    description:
      '"Advertisement" and "Read more" lines are inserted between three to six paragraphs',
    make: (text, random) => {
      const paragraphs = splitParagraphs(text);
      if (paragraphs.length < 4) return null;
      const ends = new Set(
        Array.from({ length: random.int(3, 6) }, () => random.pick(paragraphs).end),
      );
      const replacements = [...ends].map((end): Replacement => ({
        start: end,
        end,
        text:
          random.next() < 0.5 ? "\n\nAdvertisement" : "\n\nRead more: Subscribe to our newsletter",
        effect: "rewrite",
      }));
      const targets = [pickPassage(text, random)?.range, pickPassage(text, random)?.range].filter(
        (r) => r !== undefined,
      );
      return { oldText: text, replacements, targets };
    },
  },
];

function plainWordFrom(pool: Pool, random: Random, instead: string): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const words = random.pick(pool.sentences).match(/\p{L}{4,}/gu) ?? [];
    const word = words.length > 0 ? random.pick(words) : "";
    if (word !== "" && word.toLowerCase() !== instead.toLowerCase() && !hasFigure(word))
      return word;
  }
  return "something";
}
