import { englishCounted } from "../counted-thing";
import { monthWords, numberWords, type Lexicon } from "../lexicon";
import { englishYearWords } from "../year-heuristic";

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

/** English, as the readers have always read it. */
export const english: Lexicon = {
  language: "en",
  numbers: numberWords([
    ...ONES.map((word, value) => [word, value] as const),
    ...TENS.map((word, i) => [word, (i + 2) * 10] as const),
    ["hundred", 100, "times"],
    ["dozen", 12, "times"],
    ["thousand", 1e3, "scale"],
    ["million", 1e6, "scale"],
    ["billion", 1e9, "scale"],
    ["a an", 1, "article"],
  ]),
  compounds: false,
  joiners: new Set(["and"]),
  scales: new Map([
    ["thousand", 1e3],
    ["million", 1e6],
    ["billion", 1e9],
  ]),
  bareScale: false,
  decimalComma: false,
  ranges: [
    ["between", "and"],
    ["from", "to"],
  ],
  rangeJoiners: ["to", "-", "–", "—", "or"],
  suffixes: [
    { words: ["or", "more"], rule: "bound.at-least" },
    { words: ["and", "more"], rule: "bound.at-least" },
    { words: ["or", "above"], rule: "bound.at-least" },
    { words: ["+"], rule: "bound.at-least" },
    { words: ["or", "fewer"], rule: "bound.at-most" },
    { words: ["or", "less"], rule: "bound.at-most" },
    { words: ["or", "so"], rule: "approx.about" },
  ],
  pronounOne: {
    words: new Set(["one"]),
    after: new Set(["of", "another", "by", "side", "hand", "day"]),
  },
  counted: englishCounted,
  year: englishYearWords,
  months: monthWords([
    "january jan",
    "february feb",
    "march mar",
    "april apr",
    "may",
    "june jun",
    "july jul",
    "august aug",
    "september sep sept",
    "october oct",
    "november nov",
    "december dec",
  ]),
  articles: new Set(["the"]),
  elisions: new Set(),
  contractions: {},
};
