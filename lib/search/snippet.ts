/**
 * Markers the database puts around matched words (ts_headline's StartSel and StopSel). The text
 * it marks has had every character that is not a letter or digit turned into a space
 * (crosscheck_search_text), so these can never be part of it.
 */
export const HIT_START = "[";
export const HIT_END = "]";

/** One run of a snippet: words as the source writes them, and whether they matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A short excerpt with its matched words, safe to render as text (no HTML). */
export interface Snippet {
  parts: SnippetPart[];
  /** Whether the excerpt starts after the beginning of the field, or ends before its end. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface RawSnippet {
  /** ts_headline over the folded text, with HIT_START/HIT_END around matches. */
  marked: string;
  /** The same characters of the original text (one for one), or null when they were not found. */
  original: string | null;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Puts the database's highlights onto the original words. The folded text has exactly one
 * character for each character of the original, so a position in one is a position in the
 * other; when the original is missing or does not line up, the folded words are shown instead.
 * Runs of white space become one space, and the excerpt is trimmed.
 */
export function shapeSnippet(raw: RawSnippet): Snippet {
  const marked = Array.from(raw.marked);
  const plainLength = marked.filter((c) => c !== HIT_START && c !== HIT_END).length;
  const original = raw.original === null ? null : Array.from(raw.original);
  const source = original && original.length === plainLength ? original : null;
  const parts: SnippetPart[] = [];
  let hit = false;
  let index = 0;
  let run = "";
  const flush = () => {
    if (run) parts.push({ text: run, hit });
    run = "";
  };
  for (const char of marked) {
    if (char === HIT_START || char === HIT_END) {
      flush();
      hit = char === HIT_START;
      continue;
    }
    run += source ? source[index] : char;
    index += 1;
  }
  flush();
  return { parts: tidy(parts), cutBefore: raw.cutBefore, cutAfter: raw.cutAfter };
}

/** The snippet as plain text (for titles, logs and tests). */
export function snippetText(snippet: Snippet): string {
  return snippet.parts.map((part) => part.text).join("");
}

function tidy(parts: SnippetPart[]): SnippetPart[] {
  const collapsed = parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, " ") }));
  const first = collapsed[0];
  if (first) first.text = first.text.trimStart();
  const last = collapsed.at(-1);
  if (last) last.text = last.text.trimEnd();
  return mergeAdjacent(collapsed.filter((part) => part.text.length > 0));
}

/** Two matched words next to each other read as one highlighted run only if the space is kept. */
function mergeAdjacent(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && previous.hit === part.hit) previous.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
