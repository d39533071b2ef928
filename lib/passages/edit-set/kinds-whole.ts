// Edits of a whole text: typography normalised, lines re-wrapped, comments trimmed, a scan
// corrected throughout, an update appended, several edits at once.

import type { TextRange } from "../find-quote";
import { splitParagraphs } from "../split-paragraphs";
import type { Replacement } from "./apply-edits";
import { reversed, type EditKind } from "./draft";
import { aroundKinds } from "./kinds-around";
import { insideKinds, misreadings } from "./kinds-inside";
import { pickPassage } from "./pick-passage";
import type { Random } from "./random";
import { sentencesOf } from "./text-parts";

export const wholeKinds: EditKind[] = [
  {
    name: "typography-normalised",
    description:
      "curly quotes and apostrophes made straight, dashes made hyphens, non-breaking spaces and runs of spaces made one space — or, where a text has none, straight quotes made curly",
    make: (text, random) => {
      const replacements = straightened(text);
      const edits = replacements.length > 0 ? replacements : curled(text);
      return { oldText: text, replacements: edits, targets: somePassages(text, random, 3) };
    },
  },
  {
    name: "lines-rewrapped",
    description:
      "paragraphs hard-wrapped at 72 columns (a space becomes a line break), as a PDF extraction gives",
    make: (text, random) => ({
      oldText: text,
      replacements: wrapped(text),
      targets: somePassages(text, random, 3),
    }),
  },
  {
    name: "lines-unwrapped",
    description: "the reverse: a hard-wrapped text is re-imported with whole paragraphs",
    make: (text, random) => {
      const targets = somePassages(text, random, 3);
      return reversed(text, wrapped(text), targets);
    },
  },
  {
    name: "comments-trimmed",
    description:
      "a comment section (some comments quoting the article) is cut; passages in comments must be orphaned, the article's quoted passages must stay",
    make: (text, random) => {
      const quoted = pickPassage(text, random, { minWords: 4 });
      if (!quoted) return null;
      const quote = text.slice(quoted.range.start, quoted.range.end);
      const comments = commentSection(quote, random);
      const oldText = `${text}\n\n${comments.text}`;
      const inComments = (offset: number, length: number) => {
        const start = text.length + 2 + offset;
        return { start, end: start + length };
      };
      const replacement: Replacement = {
        start: text.length,
        end: oldText.length,
        text: "",
        effect: "rewrite",
      };
      const targets = [quoted.range, inComments(comments.quoteAt, quote.length)];
      const other = pickPassage(comments.text, random, { minWords: 3 });
      if (other) targets.push(inComments(other.range.start, other.range.end - other.range.start));
      return { oldText, replacements: [replacement], targets };
    },
  },
  {
    name: "scan-corrected",
    description:
      "an OCR'd text is corrected throughout: about one misreading per 300 characters is fixed",
    make: (text, random) => {
      const errors: Replacement[] = [];
      for (const s of sentencesOf(text)) {
        if (random.next() < (s.end - s.start) / 300)
          errors.push(...misreadings(text, s, random, 1));
      }
      return errors.length > 0 ? reversed(text, errors, somePassages(text, random, 4)) : null;
    },
  },
  {
    name: "update-appended-sentence-deleted",
    description:
      "an update repeating a sentence (verbatim or with a new figure) is appended and the original sentence deleted; the original's passage must be orphaned",
    make: (text, random) => {
      const picked = pickPassage(text, random, { figure: true });
      if (!picked) return null;
      const { sentence, range } = picked;
      const copy = text.slice(sentence.start, sentence.end);
      const updated =
        random.next() < 0.5 ? copy : copy.replace(/[0-9]/, (d) => String((Number(d) + 3) % 10));
      const oldText = `${text}\n\nUpdate: ${updated}`;
      const copyStart = text.length + 10 + (range.start - sentence.start);
      const replacement: Replacement = {
        start: sentence.start,
        end: sentence.end,
        text: "",
        effect: "rewrite",
      };
      const copyRange = { start: copyStart, end: copyStart + range.end - range.start };
      const targets = updated === copy ? [range, copyRange] : [range];
      return { oldText, replacements: [replacement], targets };
    },
  },
  {
    name: "revision",
    description: "three to six of the other edits at once, at places that do not overlap",
    make: (text, random, pool) => {
      const kinds = [...insideKinds, ...aroundKinds].filter((k) => k.name !== "pull-quote-removed");
      const replacements: Replacement[] = [];
      const targets: TextRange[] = [];
      const wanted = random.int(3, 6);
      for (let attempt = 0; attempt < 30 && targets.length < wanted; attempt++) {
        const draft = random.pick(kinds).make(text, random, pool);
        // Only edits of the text as it is (not of a derived old text) can be combined.
        if (!draft || draft.oldText !== text || draft.then) continue;
        const touched = [...draft.replacements, ...draft.targets];
        const clash = [...replacements, ...targets].some((r) =>
          touched.some((t) => t.start <= r.end + 40 && r.start <= t.end + 40),
        );
        if (clash) continue;
        replacements.push(...draft.replacements);
        targets.push(...draft.targets);
      }
      return targets.length > 0 ? { oldText: text, replacements, targets } : null;
    },
  },
];

function somePassages(text: string, random: Random, count: number): TextRange[] {
  return Array.from({ length: count }, () => pickPassage(text, random)?.range).filter(
    (r): r is TextRange => r !== undefined,
  );
}

const STRAIGHT: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
};

function straightened(text: string): Replacement[] {
  const edits: Replacement[] = [];
  for (const m of text.matchAll(/[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]| {2,}/g)) {
    const replacement = STRAIGHT[m[0]] ?? " ";
    edits.push({
      start: m.index,
      end: m.index + m[0].length,
      text: replacement,
      effect: "typography",
    });
  }
  return edits;
}

function curled(text: string): Replacement[] {
  const edits: Replacement[] = [];
  let open = true;
  for (const m of text.matchAll(/["']/g)) {
    const inWord = m[0] === "'" && /\p{L}/u.test(text.charAt(m.index - 1));
    const curly =
      m[0] === "'" ? (inWord || !open ? "\u2019" : "\u2018") : open ? "\u201c" : "\u201d";
    if (!inWord) open = !open;
    edits.push({ start: m.index, end: m.index + 1, text: curly, effect: "typography" });
  }
  return edits;
}

function wrapped(text: string): Replacement[] {
  const edits: Replacement[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let lineStart = paragraph.start;
    for (const m of paragraph.text.matchAll(/ /g)) {
      const at = paragraph.start + m.index;
      if (at - lineStart >= 72) {
        edits.push({ start: at, end: at + 1, text: "\n", effect: "typography" });
        lineStart = at + 1;
      }
    }
  }
  return edits;
}

const REMARKS = [
  "This is exactly what I was afraid of.",
  "Thank you for writing this, it needed to be said.",
  "Does anyone have a source for this?",
  "I read the same thing somewhere else last week.",
  "Reply",
  "Great reporting as always.",
];

/** A comment section with one comment quoting `quote` verbatim; `quoteAt` is where, in the section. */
function commentSection(quote: string, random: Random): { text: string; quoteAt: number } {
  const names = ["Anna K.", "mark_t", "Reader from Ohio", "J. Simmons", "grumpycat"];
  let text = "Comments\n\n";
  let quoteAt = -1;
  const count = random.int(3, 6);
  const quoting = random.int(0, count - 1);
  for (let i = 0; i < count; i++) {
    text += `${random.pick(names)}\n\n`;
    if (i === quoting) {
      text += "\u201c";
      quoteAt = text.length;
      text += `${quote}\u201d \u2014 ${random.pick(REMARKS)}\n\n`;
    } else {
      text += `${random.pick(REMARKS)} ${random.pick(REMARKS)}\n\n`;
    }
    text += "Reply · Share\n\n";
  }
  return { text: text.trimEnd(), quoteAt };
}
