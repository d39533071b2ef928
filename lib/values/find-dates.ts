import { parseIsoDay } from "./calendar";
import { chronoCandidates } from "./date-chrono";
import { applyModifiers } from "./date-modifiers";
import { patternCandidates } from "./date-patterns";
import { relativeCandidates } from "./date-relative";
import { localDateCandidates } from "./date-patterns-local";
import { localRelativeCandidates } from "./date-relative-local";
import { isoOrNull, type DateCandidate, type SectionAnchors, type Span } from "./date-span";
import { weekdayCandidates } from "./date-weekday";
import { yearlessMonthCandidates } from "./date-yearless-month";
import { languageOf, type Language } from "./language";
import { lexiconOf } from "./lexicon-of";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";
import { RULES_VERSION } from "./rules-version";
import type { DateMatch, DateValue, ReferenceDate } from "./types";

export interface DateOptions {
  /** The source's publication date; relative expressions need it. */
  reference?: ReferenceDate | null;
  /**
   * The text of the same section of the source before the passage (see `sectionBefore`): a day
   * without a year ("On February 28") takes its year from the nearest earlier date there.
   */
  context?: string | null;
  rules?: RuleTable;
  /** The source's language (ISO 639-1, "es"); absent or unknown reads English. */
  language?: string | null;
}

/**
 * Every date expression in a passage, in reading order, with offsets (string indexes, end
 * exclusive). Relative ones resolve against the reference date, or — for "a year later" and
 * days without a year — against the nearest earlier date in the passage or its section.
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const rules = options.rules ?? defaultRules;
  const reference = options.reference ?? null;
  const language = languageOf(options.language);
  const lexicon = lexiconOf(language);
  const section = options.context ? sectionAnchors(options.context, rules, language) : undefined;
  // Weekdays are read in every language the readers know; months without a year in English
  // (the other languages' local patterns date "28 de febrero" themselves).
  const found =
    language === "en"
      ? [
          ...chronoCandidates(text, rules),
          ...patternCandidates(text, rules),
          ...relativeCandidates(text, rules),
          ...weekdayCandidates(text, rules),
          ...yearlessMonthCandidates(text, rules),
        ]
      : [
          ...localDateCandidates(text, rules, lexicon),
          ...localRelativeCandidates(text, rules, lexicon),
          ...weekdayCandidates(text, rules),
        ];
  const candidates = withoutOverlaps(found).map((candidate) =>
    applyModifiers(text, candidate, rules, lexicon),
  );
  const matches: DateMatch[] = [];
  let previous: Span | null = null;
  for (const { start, end, resolve } of candidates) {
    const wording = text.slice(start, end);
    const span = resolve({ reference, previous, section });
    if ("code" in span) {
      matches.push({
        start,
        end,
        result: { ok: false, code: span.code, reason: `“${wording}” ${span.reason}` },
      });
      continue;
    }
    previous = { ...span, wording };
    matches.push({ start, end, result: { ok: true, value: toDateValue(span, wording) } });
  }
  return matches;
}

// Only dates whose year the text writes out can date what follows: "In 1990", "February 26,
// 1988"; a relative date or a day without a year is itself an inference, kept apart as `latest`
// for "one day later", which counts from whatever date came last.
function sectionAnchors(context: string, rules: RuleTable, language: Language): SectionAnchors {
  // One claim reads its section several times (ranking, then reading in place): the last
  // section read is kept, as the answer depends on nothing else.
  if (
    lastSection?.context === context &&
    lastSection.rules === rules &&
    lastSection.language === language
  )
    return lastSection.anchors;
  const anchors = readAnchors(context, rules, language);
  lastSection = { context, rules, language, anchors };
  return anchors;
}

let lastSection: {
  context: string;
  rules: RuleTable;
  language: Language;
  anchors: SectionAnchors;
} | null = null;

function readAnchors(context: string, rules: RuleTable, language: Language): SectionAnchors {
  const anchors: SectionAnchors = {
    any: null,
    latest: null,
    day: null,
    dayOrMonth: null,
    dateline: null,
  };
  for (const match of findDates(context, { reference: null, rules, language })) {
    if (!match.result.ok) continue;
    const { value } = match.result;
    if (!value.first || !value.last) continue;
    const span = spanOf(value);
    anchors.latest = span;
    if (value.relative || value.rule.includes("implied.")) continue;
    anchors.any = span;
    if (value.precision === "month" && value.first.slice(0, 7) === value.last.slice(0, 7))
      anchors.dayOrMonth = span;
    if (value.first !== value.last) continue;
    anchors.day = span;
    anchors.dayOrMonth = span;
    if (isOwnLine(context, match.start, match.end)) anchors.dateline = span;
  }
  return anchors;
}

// A dateline stands on a short line of its own, without the closing punctuation of prose.
function isOwnLine(text: string, start: number, end: number): boolean {
  const lineStart =
    Math.max(text.lastIndexOf("\n", start - 1), text.lastIndexOf("\r", start - 1)) + 1;
  const breakAt = text.slice(end).search(/[\r\n]/);
  const line = text.slice(lineStart, breakAt === -1 ? text.length : end + breakAt).trim();
  return line.length <= 120 && !/[.!?;:"”»)]$/.test(line);
}

function spanOf(value: DateValue): Span {
  return {
    first: value.first ? parseIsoDay(value.first) : null,
    last: value.last ? parseIsoDay(value.last) : null,
    precision: value.precision,
    rule: value.rule,
    wording: value.wording,
  };
}

function toDateValue(span: Span, wording: string): DateValue {
  const value: DateValue = {
    type: "date",
    first: isoOrNull(span.first),
    last: isoOrNull(span.last),
    precision: span.precision,
    wording,
    rule: span.rule,
    rulesVersion: RULES_VERSION,
  };
  if (span.reference) value.reference = span.reference;
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
