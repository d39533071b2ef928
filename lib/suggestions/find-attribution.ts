import { cleanOrigin, isNamed, isPronoun, subjectBefore } from "./attribution-subject";
import { quotationAround } from "./quotations";
import type { Attribution, Span } from "./suggestion-types";

const VERBS =
  "said|says|say|told|tells|reported|reports|stated|states|added|adds|noted|notes|announced|" +
  "announces|confirmed|confirms|claimed|claims|emphasized|emphasised|stressed|wrote|writes|" +
  "declared|insisted|acknowledged|explained|explain|estimates|counted|counting";
// Case matters: "the United States" holds no verb.
const SPEECH = new RegExp(`\\b(?:${VERBS})\\b`, "g");
// A speaker's words may hold "Mr." or "U.S.": a full stop ends them only before a space.
const SPEAKER = String.raw`(?:[^.!?"“”\n]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Pres|Sen|Gov|Rep|Lt|Capt|St))\.)`;
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}’'.-]*)*`;
// Each names the origin in a group called "origin"; the first that matches in a sentence wins.
const PATTERNS = [
  /\baccording to\s+(?<origin>(?:[^,;:.!?“”"–—()]|\.(?=\S))+)/dgi,
  /\bas (?:indicated|reported|stated|noted|cited|estimated|documented) (?:in|by)\s+(?<origin>[^,;:!?“”"()]+)/dgi,
  new RegExp(
    String.raw`\b(?:said|stated|reported|announced|confirmed|estimated) by\s+(?<origin>${NAME})`,
    "dgu",
  ),
  new RegExp(
    String.raw`(?<origin>${NAME})\s+(?:provided|released|published|gave|cited)\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:statistics|figures|data|numbers|estimates)\b`,
    "dgu",
  ),
];
const DATA_FROM =
  /\b(?:data|figures|information|estimates|statistics|numbers|count|tally)\b(?:\s+of\s+|.*\b(?:from|by)\s+)(.+)$/i;

export interface AttributionContext {
  quotations: Span[];
  /** The origin named by the nearest attribution before this one, for "it added". */
  previousOrigin: string | null;
}

/**
 * Who a sentence attributes a figure to: "according to …", "as indicated in …", "… said" (the
 * verb nearest the figure), or the speaker of the quotation that holds the figure. English only.
 */
export function findAttribution(
  text: string,
  sentence: Span,
  figure: Span,
  context: AttributionContext,
): Attribution | null {
  const words = text.slice(sentence.start, sentence.end);
  for (const pattern of PATTERNS) {
    const found = nearest([...words.matchAll(pattern)], figure.start - sentence.start);
    const origin = found?.indices?.groups?.origin;
    if (found && origin) {
      const at = sentence.start + found.index;
      const span = { start: at, end: at + found[0].trimEnd().length };
      const named = text.slice(sentence.start + origin[0], sentence.start + origin[1]);
      return attribution(text, span, originOf(named));
    }
  }
  const quoted = quotationAround(context.quotations, figure);
  const spoken =
    (quoted && speakerOfQuotation(text, sentence, quoted, context)) ??
    speakerInSentence(text, sentence, figure, context);
  if (!spoken) return null;
  const subject = text.slice(spoken.subject.start, spoken.subject.end);
  const origin = isPronoun(subject) ? context.previousOrigin : cleanOrigin(subject);
  return attribution(text, spoken.span, origin);
}

function speakerInSentence(
  text: string,
  sentence: Span,
  figure: Span,
  context: AttributionContext,
): { span: Span; subject: Span } | null {
  const words = text.slice(sentence.start, sentence.end);
  const verbs = [...words.matchAll(SPEECH)].sort(
    (a, b) => distance(a.index, figure, sentence) - distance(b.index, figure, sentence),
  );
  for (const verb of verbs) {
    const at = sentence.start + verb.index;
    if (figure.start <= at && at < figure.end) continue;
    // "It should be noted that …" names no one.
    if (/\b(?:be|been|is|was|are|were)\s+$/.test(text.slice(sentence.start, at))) continue;
    const clause = clauseStart(text, sentence, at, context.quotations);
    const subject = subjectBefore(text, clause, at, context.quotations);
    if (subject) return { span: { start: subject.start, end: at + verb[0].length }, subject };
  }
  return null;
}

// The speaker of a quotation: "…,” the Foreign Ministry said." after it, or "X notes: “…”" before.
function speakerOfQuotation(
  text: string,
  sentence: Span,
  quoted: Span,
  context: AttributionContext,
): { span: Span; subject: Span } | null {
  const after = text.slice(quoted.end, quoted.end + 160);
  const tail = new RegExp(`^[\\s,]*(${SPEAKER}{1,90}?)\\s+(?:${VERBS})\\b`).exec(after);
  if (tail?.[1]) {
    const start = quoted.end + tail[0].indexOf(tail[1]);
    const subject = { start, end: start + tail[1].length };
    return { span: { start, end: quoted.end + tail[0].length }, subject };
  }
  const lead = new RegExp(`\\b(?:${VERBS})\\s*[:,]?\\s*$`).exec(
    text.slice(sentence.start, quoted.start),
  );
  if (!lead) return null;
  const verbAt = sentence.start + lead.index;
  const subject = subjectBefore(text, sentence.start, verbAt, context.quotations);
  return subject
    ? { span: { start: subject.start, end: verbAt + lead[0].trimEnd().length }, subject }
    : null;
}

function clauseStart(text: string, sentence: Span, verbAt: number, quotations: Span[]): number {
  const closing = quotations.filter((q) => q.end <= verbAt && q.end > sentence.start);
  return closing.length > 0 ? Math.max(...closing.map((q) => q.end)) : sentence.start;
}

function originOf(words: string): string {
  const relayed = DATA_FROM.exec(words);
  const named = relayed?.[1] && /\p{Lu}/u.test(relayed[1]) ? relayed[1] : words;
  return cleanOrigin(named.replace(/^(?:the\s+)?materials of\s+/i, ""));
}

function attribution(text: string, span: Span, origin: string | null): Attribution {
  return {
    ...span,
    text: text.slice(span.start, span.end),
    origin,
    named: origin !== null && isNamed(origin),
  };
}

function nearest(matches: RegExpExecArray[], at: number): RegExpExecArray | null {
  const before = matches.filter((m) => m.index <= at);
  return before[before.length - 1] ?? matches[0] ?? null;
}

function distance(index: number, figure: Span, sentence: Span): number {
  const at = sentence.start + index;
  return at < figure.start ? figure.start - at : at - figure.end;
}
