import type { Span } from "./suggestion-types";

const OPENING: Record<string, string> = { "“": "”", "«": "»", "„": "“" };
const LONGEST = 4000;

/**
 * The quoted stretches of a text, from the opening mark to the closing one (inclusive), outer
 * and inner alike, in order of their opening. Curly marks pair as a stack; straight double quotes
 * alternate within a block of text between blank lines, since the same mark opens and closes.
 */
export function findQuotations(text: string): Span[] {
  const found: Span[] = [];
  const curly: { at: number; close: string }[] = [];
  let straight: number | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === "\n" && isBlankLineAhead(text, i)) {
      // A quotation left open at a paragraph's end is a stray mark, not a quotation.
      straight = null;
      curly.length = 0;
      continue;
    }
    if (ch === '"') {
      if (straight === null) straight = i;
      else {
        found.push({ start: straight, end: i + 1 });
        straight = null;
      }
      continue;
    }
    const top = curly[curly.length - 1];
    if (top && ch === top.close && !(ch === "“" && opensHere(text, i))) {
      curly.pop();
      found.push({ start: top.at, end: i + 1 });
      continue;
    }
    const close = OPENING[ch];
    if (close) curly.push({ at: i, close });
  }
  return found
    .filter((span) => span.end - span.start <= LONGEST)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The outermost quotation that holds a span, or null. */
export function quotationAround(quotations: Span[], span: Span): Span | null {
  let best: Span | null = null;
  for (const q of quotations) {
    if (
      q.start < span.start &&
      span.end < q.end &&
      (!best || q.end - q.start > best.end - best.start)
    )
      best = q;
  }
  return best;
}

// German-style „…“ closes with “, which elsewhere opens: a “ followed by a letter opens.
function opensHere(text: string, i: number): boolean {
  return /\p{L}/u.test(text.charAt(i + 1)) && !/\p{L}/u.test(text.charAt(i - 1));
}

function isBlankLineAhead(text: string, newline: number): boolean {
  const rest = /^[^\S\n]*\n/.exec(text.slice(newline + 1, newline + 200));
  return rest !== null;
}
