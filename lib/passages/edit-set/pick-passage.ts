import type { TextRange } from "../find-quote";
import type { Random } from "./random";
import { hasFigure, sentencesOf, wordSpan, type Sentence } from "./text-parts";

/** What a passage must be like to suit an edit. */
export interface PassageNeeds {
  minWords?: number;
  /** Only in sentences with a figure, and spanning one (the passages editors record). */
  figure?: boolean;
  /** Only passages for which this returns true. */
  accept?: (range: TextRange, sentence: Sentence) => boolean;
}

/**
 * A passage as an editor would select one: words of one sentence, usually the ones around a
 * figure, sometimes the whole sentence. Null when the text has none that suits.
 */
export function pickPassage(
  text: string,
  random: Random,
  needs: PassageNeeds = {},
): { range: TextRange; sentence: Sentence } | null {
  const minWords = needs.minWords ?? 3;
  const sentences = sentencesOf(text).filter(
    (s) => s.words.length >= minWords && (!needs.figure || hasFigure(text.slice(s.start, s.end))),
  );
  for (let attempt = 0; attempt < 40 && sentences.length > 0; attempt++) {
    const sentence = random.pick(sentences);
    const n = sentence.words.length;
    const length = random.next() < 0.25 ? n : random.int(minWords, Math.min(n, 14));
    let first = random.int(0, n - length);
    if (needs.figure && length < n) {
      const figureAt = sentence.words.findIndex((w) => hasFigure(text.slice(w.start, w.end)));
      if (figureAt === -1) continue;
      first = Math.max(0, Math.min(n - length, figureAt - random.int(0, length - 1)));
    }
    const range = wordSpan(sentence, first, first + length - 1);
    if (needs.figure && !hasFigure(text.slice(range.start, range.end))) continue;
    if (needs.accept && !needs.accept(range, sentence)) continue;
    return { range, sentence };
  }
  return null;
}
