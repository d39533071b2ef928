export type TokenKind = "word" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  /** Verbatim text. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Letters glued to a number ("32nd" → "nd", "1980s" → "s"). */
  suffix: string;
}

// Words keep inner hyphens and apostrophes ("twenty-six", "Azerbaijan’s"); numbers keep inner
// separators ("400,000", "1.5") and glued letters; "52 000" is joined later, by readNumber.
const TOKEN = /(\p{L}+(?:['’\-‐]\p{L}+)*)|(\d+(?:[.,]\d+)*)(\p{L}*)|(\S)/gu;

/**
 * Splits text into words, numbers and single punctuation marks, with offsets. Elided words
 * given ("d'", "l'", "dell'") are split off the word they lean on: "d'Arméniens" is two words.
 */
export function tokenize(text: string, elisions?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const [whole, word, digits, suffix] = match;
    if (word !== undefined) {
      const cut = elisions && elisions.size > 0 ? elisionEnd(word, elisions) : 0;
      if (cut > 0) tokens.push(token("word", word.slice(0, cut), start, ""));
      tokens.push(token("word", word.slice(cut), start + cut, ""));
    } else if (digits !== undefined) {
      tokens.push({ ...token("number", digits, start, suffix ?? ""), end: start + whole.length });
    } else if (isElided(tokens[tokens.length - 1], whole, start, elisions)) {
      // "d'" written alone (in a phrase of the rules table, or before a space) is one word.
      const word = tokens.pop() as Token;
      tokens.push(token("word", word.text + whole, word.start, ""));
    } else {
      tokens.push(token("punct", whole, start, ""));
    }
  }
  return tokens;
}

/** Whether only ordinary or non-breaking spaces separate two tokens (no line break, no text). */
export function spaceBetween(text: string, left: Token, right: Token): "none" | "space" | "other" {
  if (left.end === right.start) return "none";
  const gap = text.slice(left.end, right.start);
  return /^[ \u00a0\u2009\u202f]{1,3}$/.test(gap) ? "space" : "other";
}

function token(kind: TokenKind, text: string, start: number, suffix: string): Token {
  const lower = text.toLowerCase().replace(/[’‐]/g, (c) => (c === "’" ? "'" : "-"));
  return { kind, text, lower, start, end: start + text.length, suffix: suffix.toLowerCase() };
}

// The length of a leading elided word ("qu'", "dell'") when the lexicon knows it, else 0.
function elisionEnd(word: string, elisions: ReadonlySet<string>): number {
  const at = word.search(/['’]/);
  if (at < 1) return 0;
  return elisions.has(`${word.slice(0, at).toLowerCase()}'`) ? at + 1 : 0;
}

function isElided(
  before: Token | undefined,
  mark: string,
  start: number,
  elisions: ReadonlySet<string> | undefined,
): boolean {
  if (!elisions || !before || before.kind !== "word" || before.end !== start) return false;
  return (mark === "'" || mark === "’") && elisions.has(`${before.lower}'`);
}
