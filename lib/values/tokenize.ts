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

/** Splits text into words, numbers and single punctuation marks, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const [whole, word, digits, suffix] = match;
    if (word !== undefined) {
      tokens.push(token("word", word, start, ""));
    } else if (digits !== undefined) {
      tokens.push({ ...token("number", digits, start, suffix ?? ""), end: start + whole.length });
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
