// A passage is evidence for a figure. An edit to any of the words below changes what the passage
// asserts ("26 killed" → "28 killed", "more than 100" → "about 100", "in February" → "in March",
// "were killed" → "were not killed"), so a passage whose words differ only there is a different
// passage, never the same one lightly edited.

const NUMBER_WORDS = [
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
  "(?:thir|four|fif|six|seven|eigh|nine)teen(?:th)?",
  "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
  "(?:twen|thir|for|fif|six|seven|eigh|nine)tieth",
  "(?:hundred|thousand|million|billion|trillion|dozen)(?:s|th)?",
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth",
  "half|halves|quarters?|once|twice|thrice|double|triple|single|couple|score",
];
// Words that bound or qualify a number: "more than 100" and "100" are different claims.
const BOUND_WORDS = [
  "several|many|few|fewer|more|most|less|least|over|under|above|below|only|just|nearly|almost",
  "about|around|approximately|roughly|some|up|exceed(?:s|ed|ing)?|percent|per\\s?cent",
];
// Months, days and units of time: "27 February" → "27 March" changes a date without a digit.
const DATE_WORDS = [
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec",
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  "yesterday|today|tomorrow|ago|earlier|later",
  "(?:second|minute|hour|day|night|week|month|year|decade|century|centuries)s?",
];
const NEGATION_WORDS = ["not|no|none|never|nor|neither|nobody|nothing|without"];

// Digits with the separators that belong to one figure ("400,000", "27-29", "15:03", "2.5%"),
// then whole words, then "n't" (folded apostrophes are "'").
const FIGURE = new RegExp(
  [
    "\\p{Nd}+(?:[-.,:/']\\p{Nd}+)*%?",
    `\\b(?:${[...NUMBER_WORDS, ...BOUND_WORDS, ...DATE_WORDS, ...NEGATION_WORDS].join("|")})\\b`,
    "n't\\b",
  ].join("|"),
  "giu",
);

/**
 * The figures, number words, dates, bounds and negations of a folded text, lower-cased, in order:
 * two texts that differ in these assert different things.
 */
export function figureWords(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((word) => word.toLowerCase().replace(/\s+/g, " "));
}

/** True when two folded texts have the same figure words in the same order. */
export function sameFigures(a: string, b: string): boolean {
  const x = figureWords(a);
  const y = figureWords(b);
  return x.length === y.length && x.every((word, i) => word === y[i]);
}
