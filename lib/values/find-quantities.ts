import { readCounted } from "./counted-thing";
import { findDates } from "./find-dates";
import { languageOf } from "./language";
import { lexiconOf } from "./lexicon-of";
import { readQuantityAt, type QuantityCore } from "./read-quantity";
import { readZeroAt, type ZeroRead } from "./read-zero";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";
import { RULES_VERSION } from "./rules-version";
import { tokenize, type Token } from "./tokenize";
import type { DateMatch, QuantityMatch, QuantityValue } from "./types";

export interface QuantityOptions {
  rules?: RuleTable;
  /** The source's language (ISO 639-1, "es"); absent or unknown reads English. */
  language?: string | null;
}

/**
 * Every figure in a passage, in reading order, with its offsets (string indexes, end exclusive).
 * Dates, years, times and ordinals are not figures ("in 1991", "February 27-29", "32nd").
 */
export function findQuantities(text: string, options: QuantityOptions = {}): QuantityMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const rules = options.rules ?? defaultRules;
  const language = languageOf(options.language);
  const lexicon = lexiconOf(language);
  const tokens = tokenize(text, lexicon.elisions);
  const masked = maskDates(text, tokens, language);
  const found: QuantityMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (masked[i] || isClockOrRatio(text, tokens, i)) continue;
    const zero = readZeroAt(text, tokens, i, rules);
    if (zero) {
      found.push(zeroMatch(text, tokens, i, zero));
      i = zero.next - 1;
      continue;
    }
    const core = readQuantityAt(text, tokens, i, rules, lexicon);
    if (!core || anyMasked(masked, i, core.next)) continue;
    const counted = readCounted(text, tokens, core.countedFrom, lexicon.counted);
    if (language === "en" && isPronounOne(tokens, core, counted.counted)) continue;
    const { startToken, ...numbers } =
      language === "en" ? duringNotMoreThan(tokens, core, counted.isDuration) : pickNumbers(core);
    const first = tokens[startToken] as Token;
    const last = tokens[core.next - 1] as Token;
    const value: QuantityValue = {
      type: "quantity",
      ...numbers,
      wording: text.slice(first.start, last.end),
      counted: counted.counted,
      rulesVersion: RULES_VERSION,
    };
    found.push({ start: first.start, end: last.end, value, isDuration: counted.isDuration });
    i = Math.max(core.next, counted.next) - 1;
  }
  return found;
}

function zeroMatch(text: string, tokens: Token[], i: number, zero: ZeroRead): QuantityMatch {
  const first = tokens[i] as Token;
  const last = tokens[zero.next - 1] as Token;
  const head = zero.countedFrom === null ? null : (tokens[zero.countedFrom] as Token);
  const none = { value: 0, inclusive: true };
  const value: QuantityValue = {
    type: "quantity",
    low: none,
    high: none,
    best: 0,
    kind: "exact",
    wording: text.slice(first.start, last.end),
    counted: head ? text.slice(head.start, last.end) : null,
    rule: zero.rule,
    rulesVersion: RULES_VERSION,
  };
  return { start: first.start, end: last.end, value, isDuration: false };
}

/** Marks the tokens that belong to a date expression, so "27-29" in a date is not a range. */
function maskDates(text: string, tokens: Token[], language: string): boolean[] {
  // Dates and tokens both come in reading order without overlaps: one pass over each.
  const spans = findDates(text, { reference: null, language });
  let d = 0;
  return tokens.map((tok) => {
    while (d < spans.length && (spans[d] as DateMatch).end <= tok.start) d += 1;
    const span = spans[d];
    return span !== undefined && span.start < tok.end;
  });
}

// "killed in Sumgait over three days" means during them, not more than three days; "for over a
// month" and "lasted over three days" keep the bound.
function duringNotMoreThan(tokens: Token[], core: QuantityCore, isDuration: boolean) {
  const { low, high, best, kind, rule, startToken } = core;
  const q = core.qualifier;
  const before = tokens[core.startToken - 1]?.lower ?? "";
  const keepsBound = ["for", "lasted", "lasting", "took", "after", "of", "than", "in"].includes(
    before,
  );
  if (
    !isDuration ||
    !q ||
    q.words.join(" ") !== "over" ||
    keepsBound ||
    kind !== "lower-bound" ||
    rule !== q.id
  ) {
    return { low, high, best, kind, rule, startToken };
  }
  const value = low?.value ?? 0;
  const exact = { value, inclusive: true };
  return {
    low: exact,
    high: exact,
    best: value,
    kind: "exact" as const,
    rule: "exact",
    startToken: q.next,
  };
}

function pickNumbers({ low, high, best, kind, rule, startToken }: QuantityCore) {
  return { low, high, best, kind, rule, startToken };
}

// "an official and an unofficial one", "except for one in the Supreme Court": a lone "one"
// with nothing counted after it stands for a noun, not a figure.
function isPronounOne(tokens: Token[], core: QuantityCore, counted: string | null): boolean {
  return (
    counted === null &&
    core.qualifier === null &&
    core.next === core.startToken + 1 &&
    tokens[core.startToken]?.lower === "one"
  );
}

// "15:03", "3:1": digits joined by a colon are a time or a ratio, not a count; so is "6 a.m.".
function isClockOrRatio(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.kind !== "number") return false;
  if (/^\s?[ap]\.?\s?m\.?(?![\p{L}\p{N}])/iu.test(text.slice(tok.end, tok.end + 6))) return true;
  return (
    (text[tok.end] === ":" && /\d/.test(text[tok.end + 1] ?? "")) ||
    (text[tok.start - 1] === ":" && /\d/.test(text[tok.start - 2] ?? ""))
  );
}

function anyMasked(masked: boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (masked[k]) return true;
  return false;
}
