/** The longest query read; the rest is ignored (a search box, not a document). */
export const MAX_QUERY_CHARS = 200;
/** The most words and phrases a query keeps. */
export const MAX_QUERY_TERMS = 12;

/** A query as the database reads it. */
export interface SearchQuery {
  /** websearch_to_tsquery syntax over normalised words: `"sumgait pogrom" -baku or killed`. */
  websearch: string;
  /** The wanted words, space-separated, for trigram similarity (typos). */
  fuzzy: string;
  /** The wanted words, for highlighting and for telling a typo match from a word match. */
  words: string[];
}

type Term = { words: string[]; negated: boolean } | { or: true };

/**
 * Reads what a person typed into a search: quoted phrases, `-word` to exclude, `or` between
 * alternatives, everything else a word that must appear. Words are lower-cased and cut at
 * anything that is not a letter or digit, as the database cuts the texts it indexes, so no
 * character of the input reaches the query syntax. Null when nothing searchable is left.
 */
export function parseSearchQuery(raw: string): SearchQuery | null {
  const terms = readTerms(raw.normalize("NFC").slice(0, MAX_QUERY_CHARS));
  const kept = dropDanglingOr(terms).slice(0, MAX_QUERY_TERMS);
  const wanted = kept.flatMap((t) => ("or" in t || t.negated ? [] : t.words));
  if (wanted.length === 0) return null;
  const websearch = kept
    .map((t) => {
      if ("or" in t) return "or";
      const body = t.words.length > 1 ? `"${t.words.join(" ")}"` : (t.words[0] ?? "");
      return t.negated ? `-${body}` : body;
    })
    .join(" ");
  return { websearch, fuzzy: wanted.join(" "), words: [...new Set(wanted)] };
}

/** Splits a word into the pieces the database indexes ("1,000" → 1, 000; "O'Brien" → o, brien). */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function readTerms(text: string): Term[] {
  const terms: Term[] = [];
  // A quoted phrase (its closing quote optional), or a run of non-space characters.
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const words = searchWords(phrase);
      if (words.length > 0) terms.push({ words, negated: minus === "-" });
      continue;
    }
    if (bare === undefined) continue;
    if (bare.toLowerCase() === "or") {
      terms.push({ or: true });
      continue;
    }
    const negated = bare.startsWith("-") && bare.length > 1;
    const words = searchWords(negated ? bare.slice(1) : bare);
    if (words.length > 0) terms.push({ words, negated });
  }
  return terms;
}

/** `or` only means something between two terms. */
function dropDanglingOr(terms: Term[]): Term[] {
  return terms.filter((term, i) => {
    if (!("or" in term)) return true;
    const before = terms[i - 1];
    const after = terms[i + 1];
    return before !== undefined && !("or" in before) && after !== undefined && !("or" in after);
  });
}
