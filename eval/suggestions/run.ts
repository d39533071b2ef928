// npm run eval:suggestions — recall and noise of suggestFigures on the hand-annotated texts, and
// how well it ranks the sample questions for the sample claims. Prints numbers; asserts nothing.
// "annotated": figures an editor would record; "optional": figures an editor may record (neither
// needed for recall nor noise); "noise": suggestions on neither; "of it low": noise that is low
// priority.
import { measureRecall } from "@/lib/suggestions/measure-recall";
import { suggestFigures } from "@/lib/suggestions/suggest-figures";
import { checkQuestionMatching } from "./question-check";
import { RECALL_SET, readAnnotatedText } from "./recall-set";

const out = (line = "") => process.stdout.write(`${line}\n`);
const percent = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)} %`);

const rows: string[][] = [
  ["text", "annotated", "optional", "suggested", "found", "recall", "noise", "of it low"],
];
const details: string[] = [];
const total = { annotated: 0, optional: 0, suggested: 0, found: 0, noise: 0, low: 0 };
for (const entry of RECALL_SET) {
  const text = readAnnotatedText(entry);
  const suggestions = suggestFigures(text, { reference: entry.reference });
  const result = measureRecall(text, entry.figures, suggestions);
  const noise = suggestions.filter((s) => result.noise.includes(s));
  const low = noise.filter((s) => s.priority === "low").length;
  const optional = entry.figures.filter((f) => f.optional).length;
  rows.push([
    entry.name,
    String(result.annotated),
    String(optional),
    String(result.suggested),
    String(result.found),
    percent(result.found, result.annotated),
    String(noise.length),
    String(low),
  ]);
  total.annotated += result.annotated;
  total.optional += optional;
  total.suggested += result.suggested;
  total.found += result.found;
  total.noise += noise.length;
  total.low += low;
  for (const problem of result.problems)
    details.push(`${entry.name}: ANNOTATION PROBLEM ${problem}`);
  for (const m of result.missed) details.push(`${entry.name}: missed “${m.words}” (${m.counts})`);
  for (const n of noise)
    details.push(`${entry.name}: noise “${n.wording}”${n.priority === "low" ? " (low)" : ""}`);
}
rows.push([
  "total",
  String(total.annotated),
  String(total.optional),
  String(total.suggested),
  String(total.found),
  percent(total.found, total.annotated),
  String(total.noise),
  String(total.low),
]);

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
for (const row of rows)
  out(
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  "),
  );
out();
for (const line of details) out(line);
out();
const matching = checkQuestionMatching();
out(
  `questions: ${matching.claims} sample claims; right question ranked first for ${matching.first}, ` +
    `proposed with confidence for ${matching.confident} (${matching.confidentWrong} of them wrong), ` +
    `not listed for ${matching.unlisted}`,
);
for (const line of matching.details) out(line);
