// Edits inside a passage: what a correction of a source's text does to the words an editor quoted.

import type { TextRange } from "../find-quote";
import type { Replacement } from "./apply-edits";
import { ocrError, reversed, type EditKind } from "./draft";
import { pickPassage } from "./pick-passage";
import type { Random } from "./random";
import { hasFigure, plainWords } from "./text-parts";

const FILLER_WORDS = ["also", "reportedly", "still", "then", "indeed", "officially", "in total"];

export const insideKinds: EditKind[] = [
  {
    name: "typo-fixed",
    description:
      "one or two OCR misreadings inside the passage (rn for m, cl for d, …) are corrected",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 5 });
      if (!picked) return null;
      const errors = misreadings(text, picked.range, random, random.int(1, 2));
      return errors.length > 0 ? reversed(text, errors, [picked.range]) : null;
    },
  },
  {
    name: "typo-made",
    description: "a typo is made inside the passage (the new text has the misreading)",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 5 });
      if (!picked) return null;
      const errors = misreadings(text, picked.range, random, 1);
      return errors.length > 0
        ? { oldText: text, replacements: errors, targets: [picked.range] }
        : null;
    },
  },
  {
    name: "word-inserted",
    description: `a word ("${FILLER_WORDS.join('", "')}") is inserted between two words of the passage`,
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 4 });
      if (!picked) return null;
      const { range, sentence } = picked;
      const inner = sentence.words.filter((w) => w.start > range.start && w.end <= range.end);
      if (inner.length === 0) return null;
      const at = random.pick(inner).start;
      const replacement: Replacement = {
        start: at,
        end: at,
        text: `${random.pick(FILLER_WORDS)} `,
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [range] };
    },
  },
  {
    name: "word-deleted",
    description:
      "one plain word (not a figure) inside the passage is deleted with the space before it",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 6 });
      if (!picked) return null;
      const { range, sentence } = picked;
      const inner = sentence.words.filter(
        (w) =>
          w.start > range.start &&
          w.end < range.end &&
          /^\p{L}+$/u.test(text.slice(w.start, w.end)),
      );
      const candidates = inner.filter((w) => !hasFigure(text.slice(w.start, w.end)));
      if (candidates.length === 0) return null;
      const word = random.pick(candidates);
      const before = sentence.words[sentence.words.indexOf(word) - 1];
      if (!before) return null;
      const replacement: Replacement = {
        start: before.end,
        end: word.end,
        text: "",
        effect: "rewrite",
      };
      return { oldText: text, replacements: [replacement], targets: [range] };
    },
  },
  {
    name: "case-fixed",
    description: "the case of a word's first letter inside the passage is corrected",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 4 });
      if (!picked) return null;
      const words = plainWords(text, picked.range);
      if (words.length === 0) return null;
      const word = random.pick(words);
      const letter = text.charAt(word.start);
      const swapped = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase();
      if (swapped === letter) return null;
      const replacement: Replacement = {
        start: word.start,
        end: word.start + 1,
        text: swapped,
        effect: "typo",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
  {
    name: "figure-changed",
    description: "a figure inside the passage changes (a digit, a number word, a month or a bound)",
    make: (text, random) => {
      const picked = pickPassage(text, random, { figure: true });
      if (!picked) return null;
      const replacement = changedFigure(text, picked.range, random);
      return replacement
        ? { oldText: text, replacements: [replacement], targets: [picked.range] }
        : null;
    },
  },
  {
    name: "paragraph-split",
    description: "a paragraph break is put between two words of the passage (line breaks only)",
    make: (text, random) => {
      const picked = pickPassage(text, random, { minWords: 4 });
      if (!picked) return null;
      const gaps = [...text.slice(picked.range.start, picked.range.end).matchAll(/ /g)];
      if (gaps.length === 0) return null;
      const at = picked.range.start + random.pick(gaps).index;
      const replacement: Replacement = {
        start: at,
        end: at + 1,
        text: "\n\n",
        effect: "typography",
      };
      return { oldText: text, replacements: [replacement], targets: [picked.range] };
    },
  },
];

/** Up to `count` OCR misreadings in distinct plain words of `range`, never making a figure word. */
export function misreadings(
  text: string,
  range: TextRange,
  random: Random,
  count: number,
): Replacement[] {
  const words = plainWords(text, range);
  const chosen: Replacement[] = [];
  for (let attempt = 0; attempt < 20 && chosen.length < count && words.length > 0; attempt++) {
    const word = random.pick(words);
    if (chosen.some((r) => r.start < word.end && r.end > word.start)) continue;
    const error = ocrError(text, word, random);
    if (!error) continue;
    const misread =
      text.slice(word.start, error.start) + error.text + text.slice(error.end, word.end);
    if (!hasFigure(misread)) chosen.push(error);
  }
  return chosen;
}

const NUMBER_SWAPS: [RegExp, string][] = [
  [/\bhundreds\b/i, "thousands"],
  [/\bthousands\b/i, "hundreds"],
  [/\bmore than\b/i, "less than"],
  [/\bat least\b/i, "at most"],
  [/\babout\b/i, "exactly"],
  [/\bnearly\b/i, "over"],
  [/\btwo\b/i, "three"],
  [/\bthree\b/i, "four"],
  [/\bfirst\b/i, "second"],
  [/\bFebruary\b/, "March"],
  [/\bJanuary\b/, "June"],
  [/\bnot\b/, "now"],
];

/** A replacement that changes one figure of `range`: a digit, or a number, bound or date word. */
function changedFigure(text: string, range: TextRange, random: Random): Replacement | null {
  const words = text.slice(range.start, range.end);
  const digits = [...words.matchAll(/[0-9]/g)];
  const swaps = NUMBER_SWAPS.flatMap(([pattern, instead]) => {
    const match = pattern.exec(words);
    return match ? [{ at: range.start + match.index, length: match[0].length, instead }] : [];
  });
  if (digits.length > 0 && (swaps.length === 0 || random.next() < 0.7)) {
    const digit = random.pick(digits);
    const at = range.start + digit.index;
    const changed = String((Number(digit[0]) + random.int(1, 8)) % 10);
    return { start: at, end: at + 1, text: changed, effect: "figure" };
  }
  if (swaps.length === 0) return null;
  const swap = random.pick(swaps);
  return { start: swap.at, end: swap.at + swap.length, text: swap.instead, effect: "figure" };
}
