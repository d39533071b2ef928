/** How deeply nested a request body may be; real inputs are three or four levels deep. */
export const MAX_JSON_DEPTH = 64;

export interface Unstorable {
  /** "text", "quote.exact", "authors.2"; "" for the value itself. */
  path: string;
  message: string;
}

const NUL = "contains a NUL character (\\u0000), which cannot be stored; remove it";
const SURROGATE =
  "contains a lone surrogate (half of a UTF-16 pair), which is not text and cannot be stored as given";
const DEEP = `is nested more than ${MAX_JSON_DEPTH} levels deep`;

/**
 * The first string (or key) in `value` that cannot be stored exactly as given — a NUL, which
 * PostgreSQL refuses, or a lone surrogate, which it would silently turn into U+FFFD — or a value
 * nested too deep. Null when everything can be stored. Walks without recursion, so no body can
 * overflow the stack.
 */
export function findUnstorable(value: unknown): Unstorable | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: item, path } = stack.pop()!;
    if (path.length > MAX_JSON_DEPTH) return { path: path.slice(0, 1).join("."), message: DEEP };
    if (typeof item === "string") {
      const problem = stringProblem(item);
      if (problem) return { path: path.join("."), message: problem };
    } else if (item && typeof item === "object") {
      const entries = Array.isArray(item)
        ? item.map((inner, index) => [String(index), inner] as const)
        : Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i]!;
        const keyProblem = stringProblem(key);
        if (keyProblem) return { path: [...path, key].join("."), message: keyProblem };
        stack.push({ value: inner, path: [...path, key] });
      }
    }
  }
  return null;
}

/**
 * How deeply the JSON text nests arrays and objects, counted without parsing it, so that a body
 * of ten thousand brackets is refused before any recursive code sees it.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

function stringProblem(text: string): string | null {
  if (text.includes("\u0000")) return NUL;
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
    ? SURROGATE
    : null;
}
