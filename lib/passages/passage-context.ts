/** A passage split from the text around it, for showing it in context. */
export interface PassageInContext {
  before: string;
  passage: string;
  after: string;
  /** The context before was cut inside a sentence (by the length limit): show an ellipsis. */
  truncatedBefore: boolean;
  /** The context after was cut inside a sentence (by the length limit): show an ellipsis. */
  truncatedAfter: boolean;
}

export interface ContextOptions {
  /** Sentence boundaries to reach on each side; 1 completes the passage's own sentence. */
  sentences?: number;
  /** Most characters of context on each side; longer context is cut between words. */
  maxChars?: number;
}

/** How much context passageContext shows on each side at most, by default. */
export const CONTEXT_MAX_CHARS = 200;

/**
 * The passage `start..end` with context out to sentence boundaries on each side (a boundary
 * right next to the passage does not count, so a whole-sentence passage gets its neighbours),
 * at most `maxChars` on each side and never cut inside a word. `before + passage + after` is a
 * contiguous slice of `text`; out-of-range offsets are clamped.
 */
export function passageContext(
  text: string,
  start: number,
  end: number,
  { sentences = 1, maxChars = CONTEXT_MAX_CHARS }: ContextOptions = {},
): PassageInContext {
  const s = clamp(start, 0, text.length);
  const e = clamp(end, s, text.length);
  const count = clamp(sentences, 0, Number.MAX_SAFE_INTEGER);
  const limit = clamp(maxChars, 0, Number.MAX_SAFE_INTEGER);

  let from = s;
  if (count > 0) {
    // Only the sentence ends within `limit` of the passage can change the context (any further
    // one leads to the cut by length), so the text before is scanned from there, not from its
    // start: a page shows hundreds of passages of a text of hundreds of kilobytes.
    const lo = runStart(text, Math.max(0, s - limit));
    const wordy = sentenceBoundaries(text, lo, (b) => b.next > s).filter(
      (b) => b.next <= s && /\S/.test(text.slice(b.next, s)),
    );
    const found = wordy.at(-count)?.next;
    // None found after `lo`: any boundary there is was further than `limit` (or there is none
    // and the text before reaches past it too), so the context is cut by length either way.
    from =
      found !== undefined
        ? skipBlanksForward(text, found, s)
        : lo > 0
          ? lo - 1
          : skipBlanksForward(text, 0, s);
  }
  const truncatedBefore = s - from > limit;
  if (truncatedBefore) from = wordStartAtOrAfter(text, s - limit, s);

  let to = e;
  if (count > 0) {
    // The first `count` sentence ends after the passage, scanned for until found.
    let seen = 0;
    const wordy = sentenceBoundaries(text, runStart(text, e), (b) => {
      if (b.end >= e && /\S/.test(text.slice(e, b.end))) seen++;
      return seen >= count;
    }).filter((b) => b.end >= e && /\S/.test(text.slice(e, b.end)));
    to = skipBlanksBackward(text, wordy[count - 1]?.end ?? text.length, e);
  }
  const truncatedAfter = to - e > limit;
  if (truncatedAfter) to = wordEndAtOrBefore(text, e + limit, e);

  return {
    before: text.slice(from, s),
    passage: text.slice(s, e),
    after: text.slice(e, to),
    truncatedBefore,
    truncatedAfter,
  };
}

interface Boundary {
  /** Offset just past the sentence's closing punctuation (and closing quotes). */
  end: number;
  /** Offset where the next sentence begins, after the whitespace. */
  next: number;
}

/**
 * Sentence ends: . ! ? (with any closing quotes) followed by whitespace, or a line break. Found
 * from `at` (which must start a run of the characters a sentence end is made of, or follow
 * another character: see runStart), until `enough` says so after a boundary.
 */
function sentenceBoundaries(
  text: string,
  at: number,
  enough: (boundary: Boundary) => boolean,
): Boundary[] {
  const found: Boundary[] = [];
  const pattern = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);
  pattern.lastIndex = at;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const punctuation = match[1];
    if (punctuation === "." && isInitial(text, match.index)) continue;
    const end = match.index + (punctuation?.length ?? 0);
    const boundary = { end, next: match.index + match[0].length };
    found.push(boundary);
    if (enough(boundary)) break;
  }
  return found;
}

const SENTENCE_END =
  /([.!?]+["'\u2019\u201d\u00bb)\]]*)\s+|[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]\s*/gu;

// The characters a sentence end consists of: its punctuation, closing quotes and whitespace.
const SENTENCE_END_CHAR = /[.!?"'\u2019\u201d\u00bb)\]\s]/u;

/**
 * The earliest character passageContext reads before a passage starting at `start`: a stretch
 * of the text that begins before it gives the passage the same context before as the whole text
 * (a long run of spaces or dots before the passage moves it back without limit).
 */
export function contextReadFrom(
  text: string,
  start: number,
  maxChars: number = CONTEXT_MAX_CHARS,
): number {
  return runStart(text, Math.max(0, start - maxChars));
}

/**
 * Where the run of sentence-end characters around `at` begins: a scan of the whole text finds
 * no match that crosses that point, so a scan from there finds the same sentence ends after it.
 */
function runStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && SENTENCE_END_CHAR.test(text.charAt(i - 1))) i--;
  return i;
}

/** "V.S. Galkin": a single capital before a full stop is an initial, not a sentence end. */
function isInitial(text: string, dot: number): boolean {
  return /\p{Lu}/u.test(text.charAt(dot - 1)) && !/\p{L}/u.test(text.charAt(dot - 2));
}

function wordStartAtOrAfter(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text.charAt(at - 1))) return skipBlanksForward(text, at, limit);
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? limit : skipBlanksForward(text, at + space, limit);
}

function wordEndAtOrBefore(text: string, at: number, limit: number): number {
  if (at === text.length || /\s/.test(text.charAt(at))) return skipBlanksBackward(text, at, limit);
  const space = text.slice(limit, at).search(/\s\S*$/);
  return space === -1 ? limit : skipBlanksBackward(text, limit + space, limit);
}

function skipBlanksForward(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && /\s/.test(text.charAt(i))) i++;
  return i;
}

function skipBlanksBackward(text: string, at: number, limit: number): number {
  let i = at;
  while (i > limit && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, Math.trunc(value)));
}
