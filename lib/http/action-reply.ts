import { MAX_JSON_DEPTH, jsonDepth } from "@/lib/text/unstorable";

// A server action's arguments travel in React's reply format: JSON parts ("0" is the list of
// arguments) whose strings may start with "$" to mean something else. React's decoder throws, and
// Next.js answers 500, on anything it cannot read, so requests are checked here first. The check
// is structural: it knows which "$" forms stand alone and which point at another part.

// "$$…" is an escaped "$"; these stand for a value on their own.
// ("$T", a client-only value, is left out: no form of this app sends one.)
const SELF_CONTAINED = new Set(["$", "u", "N", "I", "-", "D", "K", "H"]);
// These are followed by the hexadecimal id of another part (and perhaps ":path").
const POINTS_AT_PART = new Set("@hQWiBRrXxAOoUSsLlGgMmVF".split(""));
// React refuses longer BigInts itself, but with an error that becomes a 500.
const MAX_BIGINT_DIGITS = 300;

/**
 * Why a fetch action's text body cannot be a list of arguments, or null when it can: it must be
 * JSON, an array, not deeply nested, and refer to no other part (a text body has only one).
 */
export function textReplyProblem(text: string): string | null {
  return replyProblem(new Map([["0", text]]));
}

/**
 * Why the parts of a multipart reply cannot be decoded, or null when they can: part "0" must be
 * a JSON array (unless `rootIsList` is false, as for a bound action's id and arguments), every
 * part shallow JSON, and every "$" reference must name a part that is there. `parts` maps each
 * part's name ("0", "1", …) to its text, or to the file sent in it (a File argument is a part of
 * its own, named by a "$B" reference).
 */
export function replyProblem(
  parts: ReadonlyMap<string, string | Blob>,
  { rootIsList = true } = {},
): string | null {
  const root = parts.get("0");
  if (root === undefined) return "it has no list of arguments";
  if (typeof root !== "string") return "its arguments are not a list";
  for (const [name, text] of parts) {
    if (!/^\d+$/.test(name) || typeof text !== "string") continue;
    if (jsonDepth(text) > MAX_JSON_DEPTH) return `it is nested more than ${MAX_JSON_DEPTH} deep`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return "it is not in the format the page sends";
    }
    if (name === "0" && rootIsList && !Array.isArray(value)) return "its arguments are not a list";
    const bad = strings(value).find(
      (item) => item.startsWith("$") && !referenceIsSound(item, parts),
    );
    if (bad !== undefined)
      return `it refers to ${JSON.stringify(bad.slice(0, 20))}, which it does not contain`;
  }
  return null;
}

function referenceIsSound(value: string, parts: ReadonlyMap<string, unknown>): boolean {
  const kind = value[1] ?? "";
  if (kind === "n") return new RegExp(`^\\$n-?\\d{1,${MAX_BIGINT_DIGITS}}$`).test(value);
  if (SELF_CONTAINED.has(kind)) return true;
  const id = POINTS_AT_PART.has(kind) ? value.slice(2) : value.slice(1);
  const hex = /^([0-9a-f]+)(?::|$)/.exec(id)?.[1];
  return hex !== undefined && parts.has(String(parseInt(hex, 16)));
}

// Every string value (not key: React reads only values) in parsed JSON, without recursion.
function strings(value: unknown): string[] {
  const found: string[] = [];
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") found.push(item);
    else if (item && typeof item === "object")
      for (const inner of Object.values(item)) stack.push(inner);
  }
  return found;
}
