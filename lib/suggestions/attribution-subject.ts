import { wordSet } from "@/lib/values/word-set";
import type { Span } from "./suggestion-types";

// A segment that opens with one of these is an aside, not who speaks: "director Andrey
// Konchalovsky, in the film "…", commissioned by Azerbaijan, notes:".
const ASIDE = wordSet(
  "in at on from commissioned speaking who which according quoted citing during after before",
  "by as notably however moreover meanwhile also earlier later separately",
);
const LEADING = wordSet("and but so notably however moreover meanwhile then while with");
const TRAILING =
  /(?:\s+(?:went on to|continued to|also|has|have|had|later|then|further|again|not|never|did|does|do))+$/i;
const PRONOUNS = wordSet("it he she they we i you this that");
// Heads that leave the origin unnamed unless a name follows ("officials of the Ministry of Health").
const GENERIC = wordSet(
  "official officials source sources estimate estimates report reports witness witnesses",
  "resident residents expert experts analyst analysts observer observers data figures",
  "information statistics people media authorities activists rescuers facts findings evidence",
);
// Who can say something: a subject without a name must have one of these at its head.
const AGENTS = wordSet(
  "official officials police source sources spokesman spokeswoman spokesperson witness witnesses",
  "resident residents authorities authority ministry government army military agency office",
  "department committee commission expert experts analyst analysts observer observers",
  "researchers doctors estimate estimates report reports data figures statistics survey census",
  "study coalition organisation organization group council court service minister president",
);
const DETERMINERS = wordSet("some the a an many most other all several this these such no only");
const MAX_WORDS = 9;

/** Whether a subject is a pronoun that stands for an origin named earlier ("it added"). */
export function isPronoun(subject: string): boolean {
  return PRONOUNS.has(subject.toLowerCase());
}

/**
 * The subject of a speech verb: the last stretch before it that is not an aside, within
 * `from`–`to` of the text, with quoted titles masked so their commas do not split it.
 */
export function subjectBefore(
  text: string,
  from: number,
  to: number,
  quotations: Span[],
): Span | null {
  const masked = maskQuotations(text, from, to, quotations);
  const cuts = [...masked.matchAll(/[,;:()—–]|\s-{1,2}\s|\bthat\b/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let end = masked.length;
  for (let i = cuts.length; i >= 0; i -= 1) {
    const start = i === 0 ? 0 : (cuts[i - 1] as Span).end;
    const segment = trimSegment(masked, start, end);
    end = i === 0 ? 0 : (cuts[i - 1] as Span).start;
    if (!segment) continue;
    const first = masked.slice(segment.start, segment.end).split(/\s+/)[0]?.toLowerCase() ?? "";
    if (ASIDE.has(first)) continue;
    return { start: from + segment.start, end: from + segment.end };
  }
  return null;
}

/** The origin's name as an editor would record it: without "the" and a closing full stop. */
export function cleanOrigin(words: string): string {
  return words
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

/** Whether an origin names someone: "officials" and "unofficial estimates" do not. */
export function isNamed(origin: string): boolean {
  const words = origin.split(/\s+/);
  const head = (words[words.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "");
  if (!GENERIC.has(head)) return true;
  return /\b(?:of|from|at|in)\s+(?:the\s+)?\p{Lu}/u.test(origin);
}

/** Upper-cases the first letter: "unofficial estimates" → "Unofficial estimates". */
export function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function trimSegment(masked: string, start: number, end: number): Span | null {
  let piece = masked.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  piece = piece.trim().replace(TRAILING, "");
  let offset = start + lead;
  for (;;) {
    const first = /^(\S+)\s+/.exec(piece);
    if (!first || !LEADING.has((first[1] ?? "").toLowerCase())) break;
    piece = piece.slice(first[0].length);
    offset += first[0].length;
  }
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || !/\p{L}/u.test(piece)) return null;
  if (/["“”_]/.test(piece) || !looksLikeAgent(words)) return null;
  return { start: offset, end: offset + piece.length };
}

// "Some damage reported after the quake" names no one; "Billing went on to explain" and
// "Afghan officials say" do.
function looksLikeAgent(words: string[]): boolean {
  if (words.length === 1 && PRONOUNS.has((words[0] ?? "").toLowerCase())) return true;
  const head = (words[words.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "");
  if (AGENTS.has(head)) return true;
  return words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !DETERMINERS.has(w.toLowerCase())));
}

function maskQuotations(text: string, from: number, to: number, quotations: Span[]): string {
  let slice = text.slice(from, to);
  for (const q of quotations) {
    const a = Math.max(q.start, from) - from;
    const b = Math.min(q.end, to) - from;
    if (a < b) slice = slice.slice(0, a) + "_".repeat(b - a) + slice.slice(b);
  }
  return slice;
}
