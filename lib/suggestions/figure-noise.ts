import type { Span } from "./suggestion-types";

const SCRIPTS = ["Latin", "Cyrillic", "Arabic", "Armenian", "Greek", "Hebrew", "Georgian", "Han"];
const SPEAKS = /^\s*(?:said|says|say|told|added|noted|reported|stated|spoke|claimed)\b/i;

/** What page furniture is judged by: the text, its lines, and the script most of it is in. */
export interface PageLayout {
  text: string;
  lines: Span[];
  script: string | null;
  /** Lines (trimmed) that occur more than once: captions and their alt text, repeated menus. */
  repeated: Set<string>;
}

/** Lines, main script and repeated lines of a text, worked out once for all its figures. */
export function pageLayout(text: string): PageLayout {
  const lines: Span[] = [];
  const seen = new Map<string, number>();
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    lines.push({ start: line.index, end: line.index + line[0].length });
    const words = line[0].trim();
    if (words.length >= 20) seen.set(words, (seen.get(words) ?? 0) + 1);
  }
  const repeated = new Set([...seen].filter(([, n]) => n > 1).map(([words]) => words));
  return { text, lines, script: mainScript(text), repeated };
}

/**
 * Why a figure is page furniture rather than something a source asserts, or null: a line in
 * another script (menus of the site), a phone number or identifier, a list number, a copyright
 * year, a timestamp, a date standing alone on its line (a dateline), an address on the web.
 */
export function furnitureReason(
  layout: PageLayout,
  figure: Span,
  kind: "quantity" | "date",
): string | null {
  const { text } = layout;
  const line = lineAt(layout, figure.start);
  const lineText = text.slice(line.start, line.end);
  const script = scriptOf(lineText);
  if (layout.script && script && script !== layout.script) return "a line in another script";
  const token = tokenAround(text, figure);
  if (/:\/\/|www\.|@|\.(?:com|org|gov|net|html?)\b/i.test(token)) return "part of an address";
  const lead = text.slice(Math.max(line.start, figure.start - 16), figure.start);
  if (/©|\bcopyright\b|\(c\)/i.test(lead)) return "a copyright year";
  return kind === "date"
    ? dateFurniture(text, figure, line)
    : quantityFurniture(text, figure, line, token);
}

// A page's timestamp ("29-02-2024 15:03:37", "Published: 06 Jul 2019 11:15 AM") gives seconds,
// writes the day in digits, follows a label or stands in a short line; "from 8:00 a.m. EDT April
// 25 to 8:00 a.m. April 28, 2011" in a sentence is a date an editor records.
function dateFurniture(text: string, figure: Span, line: Span): string | null {
  const wording = text.slice(figure.start, figure.end);
  const lineText = text.slice(line.start, line.end);
  const time = /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/i.exec(text.slice(figure.end));
  const withTime = wording + (time?.[0] ?? "");
  const clock = /\d{1,2}:\d{2}(:\d{2})?/.exec(withTime);
  if (clock) {
    const label = /\b(?:published|updated|posted|modified|date)\b\W*$/i;
    const before = text.slice(Math.max(line.start, figure.start - 24), figure.start);
    const numeric = /^[\d\s./-]+$/.test(withTime.slice(0, clock.index));
    const short = lineText.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 12;
    if (clock[1] || numeric || label.test(before) || short) return "a timestamp";
  }
  if (lineText.trim().replace(/[.,|•\s-]+$/, "") === wording) return "a date alone on its line";
  return null;
}

function quantityFurniture(text: string, figure: Span, line: Span, token: string): string | null {
  if (/(?:\d+[-/]){2,}\d+|\d{3}-\d{4}\b/.test(token)) return "a phone number or identifier";
  const before = text.charAt(figure.start - 1);
  if (/[\p{L}\p{N}/#_]/u.test(before) || /[\p{L}/#_]/u.test(text.charAt(figure.end)))
    return "part of a code or identifier";
  const atLineStart = /^[\s•*·-]*$/.test(text.slice(line.start, figure.start));
  if (atLineStart && /^[.)]\s/.test(text.slice(figure.end, figure.end + 2))) return "a list number";
  return null;
}

/**
 * Reasons a figure matters less: it counts time, counts who speaks, or sits in a repeated line
 * (a caption) or a heading (headlines repeat the body; menus and related stories are not it).
 */
export function lowPriorityNotes(
  layout: PageLayout,
  figure: Span,
  countedEnd: number,
  isDuration: boolean,
): string[] {
  const notes: string[] = [];
  if (isDuration) notes.push("a span of time");
  if (SPEAKS.test(layout.text.slice(countedEnd, countedEnd + 20))) notes.push("counts who speaks");
  const line = lineAt(layout, figure.start);
  const lineText = layout.text.slice(line.start, line.end).trim();
  if (layout.repeated.has(lineText)) notes.push("in a line repeated word for word (a caption?)");
  else if (isHeading(lineText)) notes.push("in a heading or menu line");
  return notes;
}

// "Militants Kill 27 in Afghanistan", "News in 45 Languages": short, capitalised, no full stop.
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0 || words.length > 14 || /[.!?:"”]$/.test(line)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function lineAt(layout: PageLayout, at: number): Span {
  return layout.lines.find((l) => l.start <= at && at <= l.end) ?? { start: at, end: at };
}

// The run of non-space characters the figure sits in, "1-866-512-1800" or "frus1981-88".
function tokenAround(text: string, figure: Span): string {
  const before = /\S*$/.exec(text.slice(Math.max(0, figure.start - 40), figure.start))?.[0] ?? "";
  const after = /^\S*/.exec(text.slice(figure.end, figure.end + 40))?.[0] ?? "";
  return before + text.slice(figure.start, figure.end) + after;
}

function mainScript(text: string): string | null {
  return scriptOf(text.length > 20000 ? text.slice(0, 20000) : text);
}

function scriptOf(text: string): string | null {
  let best: string | null = null;
  let most = 0;
  for (const script of SCRIPTS) {
    const count = text.match(new RegExp(`\\p{Script=${script}}`, "gu"))?.length ?? 0;
    if (count > most) [best, most] = [script, count];
  }
  return most >= 3 ? best : null;
}
