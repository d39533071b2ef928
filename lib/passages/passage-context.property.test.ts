import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { passageContext, type ContextOptions } from "./passage-context";

// passageContext scans only the text near the passage for sentence ends. This is the whole-text
// scan it replaced, kept as the oracle: both must give the same context for any text.
function wholeTextContext(
  text: string,
  start: number,
  end: number,
  { sentences = 1, maxChars = 200 }: ContextOptions = {},
) {
  const clamp = (v: number, min: number, max: number) =>
    Number.isNaN(v) ? min : Math.min(max, Math.max(min, Math.trunc(v)));
  const s = clamp(start, 0, text.length);
  const e = clamp(end, s, text.length);
  const count = clamp(sentences, 0, Number.MAX_SAFE_INTEGER);
  const limit = clamp(maxChars, 0, Number.MAX_SAFE_INTEGER);
  const boundaries: { end: number; next: number }[] = [];
  const pattern =
    /([.!?]+["'\u2019\u201d\u00bb)\]]*)\s+|[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]\s*/gu;
  for (const match of text.matchAll(pattern)) {
    const p = match[1];
    const dot = match.index;
    if (p === "." && /\p{Lu}/u.test(text.charAt(dot - 1)) && !/\p{L}/u.test(text.charAt(dot - 2)))
      continue;
    boundaries.push({ end: dot + (p?.length ?? 0), next: dot + match[0].length });
  }
  const blank = (c: string) => /\s/.test(c);
  const forward = (at: number, lim: number) => {
    let i = at;
    while (i < lim && blank(text.charAt(i))) i++;
    return i;
  };
  const backward = (at: number, lim: number) => {
    let i = at;
    while (i > lim && blank(text.charAt(i - 1))) i--;
    return i;
  };
  let from = s;
  if (count > 0) {
    const wordy = boundaries.filter((b) => b.next <= s && /\S/.test(text.slice(b.next, s)));
    from = forward(wordy.at(-count)?.next ?? 0, s);
  }
  const truncatedBefore = s - from > limit;
  if (truncatedBefore) {
    const at = s - limit;
    if (at === 0 || blank(text.charAt(at - 1))) from = forward(at, s);
    else {
      const space = text.slice(at, s).search(/\s/);
      from = space === -1 ? s : forward(at + space, s);
    }
  }
  let to = e;
  if (count > 0) {
    const wordy = boundaries.filter((b) => b.end >= e && /\S/.test(text.slice(e, b.end)));
    to = backward(wordy[count - 1]?.end ?? text.length, e);
  }
  const truncatedAfter = to - e > limit;
  if (truncatedAfter) {
    const at = e + limit;
    if (at === text.length || blank(text.charAt(at))) to = backward(at, e);
    else {
      const space = text.slice(e, at).search(/\s\S*$/);
      to = space === -1 ? e : backward(e + space, e);
    }
  }
  return {
    before: text.slice(from, s),
    passage: text.slice(s, e),
    after: text.slice(e, to),
    truncatedBefore,
    truncatedAfter,
  };
}

describe("passageContext scans near the passage only", () => {
  it("gives the same context as a scan of the whole text, for any text and passage", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."ab V.S. x!? \n\u2029\u201d)\u00a0\"'".split("")),
      maxLength: 160,
    });
    fc.assert(
      fc.property(
        text,
        fc.nat(170),
        fc.nat(40),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 60 }),
        (t, at, length, sentences, maxChars) => {
          const options = { sentences, maxChars };
          expect(passageContext(t, at, at + length, options)).toEqual(
            wholeTextContext(t, at, at + length, options),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
