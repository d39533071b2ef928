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
  { sentences = 1, maxChars = 200 }: ContextOptions = {},
): PassageInContext {
  const s = clamp(start, 0, text.length);
  const e = clamp(end, s, text.length);
  const count = clamp(sentences, 0, Number.MAX_SAFE_INTEGER);
  const limit = clamp(maxChars, 0, Number.MAX_SAFE_INTEGER);
  const boundaries = sentenceBoundaries(text);

  let from = s;
  if (count > 0) {
    const wordy = boundaries.filter((b) => b.next <= s && /\S/.test(text.slice(b.next, s)));
    from = skipBlanksForward(text, wordy.at(-count)?.next ?? 0, s);
  }
  const truncatedBefore = s - from > limit;
  if (truncatedBefore) from = wordStartAtOrAfter(text, s - limit, s);

  let to = e;
  if (count > 0) {
    const wordy = boundaries.filter((b) => b.end >= e && /\S/.test(text.slice(e, b.end)));
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

/** Sentence ends: . ! ? (with any closing quotes) followed by whitespace, or a line break. */
function sentenceBoundaries(text: string): Boundary[] {
  const found: Boundary[] = [];
  const pattern =
    /([.!?]+["'\u2019\u201d\u00bb)\]]*)\s+|[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]\s*/gu;
  for (const match of text.matchAll(pattern)) {
    const punctuation = match[1];
    if (punctuation === "." && isInitial(text, match.index)) continue;
    const end = match.index + (punctuation?.length ?? 0);
    found.push({ end, next: match.index + match[0].length });
  }
  return found;
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
