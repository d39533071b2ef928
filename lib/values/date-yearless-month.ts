import { daysInMonth, monthNumber } from "./calendar";
import { chooseYear } from "./date-chrono";
import type { DateCandidate } from "./date-span";
import type { RuleTable } from "./rule-types";

// A month written in full without a year, after a word that makes it a date ("in February",
// "since May", "late February", "last November"); "the February Events" is a name and "May"
// alone a verb. A day or a year right after belongs to another finder ("February 28", "May 1990").
const LEADS = "in since until till by during from through to of early late mid- mid last past"
  .split(" ")
  .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`)
  .join("|");
const YEARLESS_MONTH = new RegExp(
  String.raw`\b(${LEADS})\s*\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!['’]?\s*,?\s*\d)`,
  "gu",
);

/** Months without a year, which take their year as days without one do (see chooseYear). */
export function yearlessMonthCandidates(text: string, rules: RuleTable): DateCandidate[] {
  if (!rules["date.month"]) return [];
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(YEARLESS_MONTH)) {
    const [whole, lead = "", name = ""] = match;
    const month = monthNumber(name);
    if (month === null) continue;
    const strict = /^(?:last|past)$/i.test(lead);
    // "last November" is one date; "in February" leaves "in" to the words around it.
    const start = strict ? match.index : match.index + whole.length - name.length;
    found.push({
      start,
      end: match.index + whole.length,
      resolve: (context) => {
        const chosen = chooseYear({ month, day: 1 }, context, rules, strict);
        if ("code" in chosen) return chosen;
        const { year, id, reference } = chosen;
        return {
          first: { year, month, day: 1 },
          last: { year, month, day: daysInMonth(year, month) },
          precision: "month",
          rule: `${id}+date.month`,
          reference,
        };
      },
    });
  }
  return found;
}
