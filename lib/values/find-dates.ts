import { chronoCandidates } from "./date-chrono";
import { applyModifiers } from "./date-modifiers";
import { patternCandidates } from "./date-patterns";
import { relativeCandidates } from "./date-relative";
import { localDateCandidates } from "./date-patterns-local";
import { localRelativeCandidates } from "./date-relative-local";
import { isoOrNull, type DateCandidate, type Span } from "./date-span";
import { languageOf } from "./language";
import { lexiconOf } from "./lexicon-of";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";
import type { DateMatch, DateValue, ReferenceDate } from "./types";

export interface DateOptions {
  /** The source's publication date; relative expressions need it. */
  reference?: ReferenceDate | null;
  rules?: RuleTable;
  /** The source's language (ISO 639-1, "es"); absent or unknown reads English. */
  language?: string | null;
}

/**
 * Every date expression in a passage, in reading order, with offsets (string indexes, end
 * exclusive). Relative ones resolve against the reference date, or — for "a year later" and
 * days without a year — against the nearest earlier date in the passage.
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const rules = options.rules ?? defaultRules;
  const reference = options.reference ?? null;
  const language = languageOf(options.language);
  const lexicon = lexiconOf(language);
  const found =
    language === "en"
      ? [
          ...chronoCandidates(text, rules),
          ...patternCandidates(text, rules),
          ...relativeCandidates(text, rules),
        ]
      : [
          ...localDateCandidates(text, rules, lexicon),
          ...localRelativeCandidates(text, rules, lexicon),
        ];
  const candidates = withoutOverlaps(found).map((candidate) =>
    applyModifiers(text, candidate, rules, lexicon),
  );
  const matches: DateMatch[] = [];
  let previous: Span | null = null;
  for (const { start, end, resolve } of candidates) {
    const wording = text.slice(start, end);
    const span = resolve({ reference, previous });
    if ("code" in span) {
      matches.push({
        start,
        end,
        result: { ok: false, code: span.code, reason: `“${wording}” ${span.reason}` },
      });
      continue;
    }
    previous = span;
    matches.push({ start, end, result: { ok: true, value: toDateValue(span, wording) } });
  }
  return matches;
}

function toDateValue(span: Span, wording: string): DateValue {
  const value: DateValue = {
    type: "date",
    first: isoOrNull(span.first),
    last: isoOrNull(span.last),
    precision: span.precision,
    wording,
    rule: span.rule,
  };
  return span.relative ? { ...value, relative: true } : value;
}

// Where finders disagree, the expression starting first wins, then the longer one:
// "13 to 20 January 1990" over "January 1990", "1988-1990" over "1988".
function withoutOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}
