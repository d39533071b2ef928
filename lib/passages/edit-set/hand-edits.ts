// Hand-written edits of the sample corpus, each aimed at one way re-anchoring can go wrong. The
// expected words are written out, so a reader can check each case without running anything.

import { describePassage } from "../describe-passage";
import type { TextRange } from "../find-quote";
import type { OrphanReason } from "../reanchor-passage";
import type { Expected } from "./apply-edits";
import type { EditCase } from "./generate-edits";
import { loadTexts } from "./load-texts";

/** One hand-written edit: a passage of `before` and where it must be in `after`. */
export interface HandEdit {
  name: string;
  before: string;
  after: string;
  /** The passage's words, verbatim in `before`; `occurrence` picks among repeats (from 0). */
  quote: string;
  occurrence?: number;
  expect:
    | { status: "unchanged" | "moved" | "changed"; words: string; occurrence?: number }
    | { orphan: OrphanReason };
}

const texts = new Map(loadTexts().map((t) => [t.name, t.text]));
const arminfo = texts.get("corpus-arminfo-sumgait-ombudsman") ?? "";
const mfa = texts.get("corpus-artsakh-mfa-baku-pogroms") ?? "";
const killed = "26 citizens of Armenian nationality were killed in the riots";
const week = "continued for a whole week – from 13 to 20 January 1990";
const recall = "To recalll, ethnic cleansing occurred in the city of Sumgait";
const repeated = "Baku pogroms, along with the 1988 massacre of Armenians in Sumgait";
const sentence =
  "Thirty-three years ago, murders, robberies, violence and atrocities committed with exceptional cruelty continued for a whole week \u2013 from 13 to 20 January 1990.";

export const HAND_EDITS: HandEdit[] = [
  {
    name: "nothing changed",
    before: arminfo,
    after: arminfo,
    quote: killed,
    expect: { status: "unchanged", words: killed },
  },
  {
    name: "a headline inserted before",
    before: arminfo,
    after: `Sumgait remembered\n\n${arminfo}`,
    quote: killed,
    expect: { status: "moved", words: killed },
  },
  {
    name: "a sentence appended after",
    before: arminfo,
    after: `${arminfo}\nThe report was updated on 1 March.`,
    quote: killed,
    expect: { status: "unchanged", words: killed },
  },
  {
    name: "a digit changed in the quote",
    before: arminfo,
    after: arminfo.replace("26 citizens", "28 citizens"),
    quote: killed,
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a digit changed in a short quote",
    before: arminfo,
    after: arminfo.replace("26 citizens", "28 citizens"),
    quote: "26 citizens",
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a number word changed",
    before: mfa,
    after: mfa.replace("Thirty-three years ago", "Thirty-two years ago"),
    quote: "Thirty-three years ago, murders, robberies, violence and atrocities",
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a bound changed (more than → about)",
    before: arminfo,
    after: arminfo.replace("more than a hundred people", "about a hundred people"),
    quote: "more than a hundred people were injured",
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a month changed, no digit touched",
    before: mfa,
    after: mfa.replace("20 January 1990", "20 February 1990"),
    quote: week,
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a negation added",
    before: arminfo,
    after: arminfo.replace("it was officially recognized", "it was not officially recognized"),
    quote: "it was officially recognized that the mass pogroms and killings",
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a typo fixed inside the quote",
    before: arminfo,
    after: arminfo.replace("recalll", "recall"),
    quote: recall,
    expect: {
      status: "changed",
      words: "To recall, ethnic cleansing occurred in the city of Sumgait",
    },
  },
  {
    name: "straight quotes and single spaces instead of curly quotes (same offsets)",
    before: mfa,
    after: mfa.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'"),
    quote: "operation \u201cRing\u201d on the deportation of Armenians",
    expect: { status: "unchanged", words: 'operation "Ring" on the deportation of Armenians' },
  },
  {
    name: "Windows line endings and a non-breaking space",
    before: arminfo,
    after: arminfo.replace(/\n/g, "\r\n").replace("26 citizens", "26\u00a0citizens"),
    quote: killed,
    expect: { status: "moved", words: killed.replace("26 ", "26\u00a0") },
  },
  {
    name: "the paragraph holding the quote replaced by a paraphrase",
    before: arminfo,
    after: arminfo.replace(
      /To recalll,[^\n]*\n/,
      "In late February 1988 the city of Sumgait saw pogroms against Armenians; officially 26 were killed and over a hundred hurt, while other estimates run to hundreds.\n",
    ),
    quote: killed,
    expect: { orphan: "rewritten" },
  },
  {
    name: "the sentence holding the quote deleted",
    before: arminfo,
    after: arminfo.replace(
      `According to official data from the USSR Prosecutor General's Office, ${killed}, more than a hundred people were injured. `,
      "",
    ),
    quote: killed,
    expect: { orphan: "deleted" },
  },
  {
    name: "a repeated quote: its own occurrence deleted, the other one left",
    before: mfa,
    after: mfa.replace(
      `${repeated}, marked the beginning of another monstrous stage in Azerbaijan\u2019s genocidal policy towards Armenians, Artsakh\u2019s Foreign Ministry said in a statement.`,
      "",
    ),
    quote: repeated,
    occurrence: 0,
    expect: { orphan: "deleted" },
  },
  {
    name: "a repeated quote: the other occurrence deleted, this one moves",
    before: mfa,
    after: mfa.replace(
      `${repeated}, marked the beginning of another monstrous stage in Azerbaijan\u2019s genocidal policy towards Armenians, Artsakh\u2019s Foreign Ministry said in a statement.`,
      "",
    ),
    quote: repeated,
    occurrence: 1,
    expect: { status: "moved", words: repeated },
  },
  {
    name: "a short quote whose sentence was deleted, the same words elsewhere",
    before: arminfo,
    after: arminfo.replace(
      "After Sumgait, mass pogroms continued in other settlements of Azerbaijan and Artsakh. ",
      "",
    ),
    quote: "of Azerbaijan",
    occurrence: 1,
    expect: { orphan: "deleted" },
  },
  {
    name: "a comment quoting the article, cut with the comments",
    before: `${arminfo}\n\nComments\n\nmark_t\n\n\u201c${killed}\u201d \u2014 and nobody was held to account.\n\nReply`,
    after: arminfo,
    quote: killed,
    occurrence: 1,
    expect: { orphan: "deleted" },
  },
  {
    name: "the article passage a cut comment quoted stays",
    before: `${arminfo}\n\nComments\n\nmark_t\n\n\u201c${killed}\u201d \u2014 and nobody was held to account.\n\nReply`,
    after: arminfo,
    quote: killed,
    occurrence: 0,
    expect: { status: "unchanged", words: killed },
  },
  {
    name: "the sentence deleted, and two edited copies of it added elsewhere",
    before: `${mfa}\n\nNotes`,
    after: `${mfa.replace(`${sentence} `, "")}\n\nNotes\n\n${sentence.replace("atrocities", "atrocites")}\n\n${sentence.replace("atrocities", "atrocites")}`,
    quote: "Thirty-three years ago, murders, robberies, violence and atrocities",
    expect: { orphan: "ambiguous" },
  },
  {
    name: "the quote half rewritten",
    before: arminfo,
    after: arminfo.replace(
      "ethnic cleansing occurred in the city of Sumgait",
      "violent riots broke out across the town of Sumgait",
    ),
    quote: "ethnic cleansing occurred in the city of Sumgait",
    expect: { orphan: "rewritten" },
  },
  {
    name: "a word inserted in a short quote",
    before: arminfo,
    after: arminfo.replace("suffered brutal reprisals", "suffered such brutal reprisals"),
    quote: "The Armenians in Sumgait suffered brutal reprisals",
    expect: { status: "changed", words: "The Armenians in Sumgait suffered such brutal reprisals" },
  },
  {
    name: "a misread digit fixed (l988 → 1988) is a changed figure",
    before: arminfo.replace("February 27-29, 1988", "February 27-29, l988"),
    after: arminfo,
    quote: "Azerbaijan SSR on February 27-29, l988",
    expect: { orphan: "figure-changed" },
  },
  {
    name: "a word split across a line break re-joined",
    before: arminfo.replace("international community", "inter-\nnational community"),
    after: arminfo,
    quote: "the inter-\nnational community has not given a proper legal and political assessment",
    expect: {
      status: "changed",
      words: "the international community has not given a proper legal and political assessment",
    },
  },
  {
    name: "paragraphs swapped",
    before: arminfo,
    after: arminfo.replace(/^([^\n]*\n)([^\n]*\n)/, "$2$1"),
    quote: "This was stated by Artsakh Ombudsman Artak Beglaryan",
    expect: { status: "moved", words: "This was stated by Artsakh Ombudsman Artak Beglaryan" },
  },
  {
    name: "the whole text replaced",
    before: arminfo,
    after: mfa,
    quote: killed,
    expect: { orphan: "rewritten" },
  },
  {
    name: "an empty new text",
    before: arminfo,
    after: "",
    quote: killed,
    expect: { orphan: "deleted" },
  },
  {
    name: "a character outside the BMP before the passage",
    before: `\u{1F4DC} ${arminfo}`,
    after: `\u{1F4DC}\u{1F4DC} Archive copy. ${arminfo}`,
    quote: killed,
    expect: { status: "moved", words: killed },
  },
];

/** The hand-written edits as cases of the edit set, every passage a target. */
export function handEditCases(): EditCase[] {
  return HAND_EDITS.map((edit) => {
    const range = rangeOf(edit.before, edit.quote, edit.occurrence ?? 0);
    const described = describePassage(edit.before, range.start, range.end);
    if (!described.ok) throw new Error(`hand edit "${edit.name}": ${described.reason}`);
    const { expect } = edit;
    const expected: Expected =
      "orphan" in expect
        ? { orphan: expect.orphan }
        : {
            anchored: rangeOf(edit.after, expect.words, expect.occurrence ?? 0),
            changed: expect.status === "changed",
          };
    return {
      id: `hand: ${edit.name}`,
      kind: "hand-written",
      oldText: edit.before,
      newText: edit.after,
      passages: [{ selector: described.selector, expected, target: true }],
    };
  });
}

/** The range of the `occurrence`-th verbatim occurrence of `words` in `text`. */
export function rangeOf(text: string, words: string, occurrence: number): TextRange {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`hand edit: ${JSON.stringify(words)} is not in the text`);
  return { start, end: start + words.length };
}
