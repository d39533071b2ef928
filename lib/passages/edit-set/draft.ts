import type { TextRange } from "../find-quote";
import type { Replacement } from "./apply-edits";
import type { Random } from "./random";

/** An edit before its ground truth is computed: the old text, what changes in it, and the passages it aims at. */
export interface Draft {
  oldText: string;
  replacements: Replacement[];
  /** A second round of replacements, in the text the first round made. */
  then?: Replacement[];
  targets: TextRange[];
}

/** Sentences and paragraphs of the other texts, to insert or to replace with. */
export interface Pool {
  sentences: string[];
  paragraphs: string[];
}

/** A kind of edit: makes one draft of it in a text, or null when the text offers no place for it. */
export interface EditKind {
  name: string;
  /** What the edit does, for README.md and failure messages. */
  description: string;
  make: (text: string, random: Random, pool: Pool) => Draft | null;
}

/**
 * Turns edits of `base` into a draft whose old text has them and whose new text does not: a
 * typo made by OCR and then fixed, a comment section later trimmed. Targets are ranges of `base`.
 */
export function reversed(base: string, edits: Replacement[], targets: TextRange[]): Draft {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let oldText = "";
  let at = 0;
  let shift = 0;
  const replacements: Replacement[] = [];
  for (const r of sorted) {
    oldText += base.slice(at, r.start) + r.text;
    replacements.push({
      start: r.start + shift,
      end: r.start + shift + r.text.length,
      text: base.slice(r.start, r.end),
      effect: r.effect,
    });
    shift += r.text.length - (r.end - r.start);
    at = r.end;
  }
  oldText += base.slice(at);
  const moved = (x: number, side: "start" | "end") =>
    x +
    sorted
      .filter((r) => (side === "start" ? r.end <= x : r.end <= x && r.start < x))
      .reduce((sum, r) => sum + r.text.length - (r.end - r.start), 0);
  return {
    oldText,
    replacements,
    targets: targets.map((t) => ({ start: moved(t.start, "start"), end: moved(t.end, "end") })),
  };
}

/** OCR confusions of letters (never digits): what a scan reads instead of what was printed. */
const OCR_CONFUSIONS: [string, string][] = [
  ["m", "rn"],
  ["rn", "m"],
  ["d", "cl"],
  ["h", "li"],
  ["w", "vv"],
  ["u", "ii"],
  ["e", "c"],
  ["c", "e"],
  ["o", "a"],
  ["i", "l"],
  ["l", "i"],
  ["t", "f"],
  ["n", "u"],
  ["a", "e"],
  ["f", "t"],
];

/** One OCR-style misreading inside a word, as a replacement; null when none applies. */
export function ocrError(text: string, word: TextRange, random: Random): Replacement | null {
  const letters = text.slice(word.start, word.end);
  const options: Replacement[] = [];
  for (const [from, to] of OCR_CONFUSIONS) {
    for (let i = letters.indexOf(from); i !== -1; i = letters.indexOf(from, i + 1)) {
      const at = word.start + i;
      options.push({ start: at, end: at + from.length, text: to, effect: "typo" });
    }
  }
  return options.length > 0 ? random.pick(options) : null;
}
