// Benchmark: re-anchoring 1,000 passages of a ~200 KB text into an edited version of it.
// Run: npm run bench:reanchor. Prints the median of timed runs after warm-up and the outcome
// counts (checked against the edits' ground truth); a number to read, not a pass/fail test.
import type { Replacement } from "@/lib/passages/edit-set/apply-edits";
import type { Draft, Pool } from "@/lib/passages/edit-set/draft";
import { EDIT_KINDS, toCase, type EditCase } from "@/lib/passages/edit-set/generate-edits";
import { loadTexts } from "@/lib/passages/edit-set/load-texts";
import { seededRandom, type Random } from "@/lib/passages/edit-set/random";
import { runEdits, tally } from "@/lib/passages/edit-set/score-edits";
import { sentencesOf } from "@/lib/passages/edit-set/text-parts";
import { reanchorAll } from "@/lib/passages/reanchor-passage";

const PASSAGES = 1_000;
const TARGET_LENGTH = 200_000;
const WARM_UP = 2;
const RUNS = 7;

const random = seededRandom(20240229);
const texts = loadTexts();
const text = texts.map((t) => t.text).join("\n\n");
if (text.length < TARGET_LENGTH * 0.95)
  throw new Error(`bench: text is only ${text.length} characters`);
const pool: Pool = {
  sentences: sentencesOf(text)
    .filter((s) => s.words.length >= 6)
    .map((s) => text.slice(s.start, s.end)),
  paragraphs: text.split(/\n\s*\n/).filter((p) => p.length >= 200 && p.length <= 1200),
};

const scenarios: { name: string; edits: number }[] = [
  { name: "a light revision (20 edits)", edits: 20 },
  { name: "a heavy revision (150 edits)", edits: 150 },
];

console.log(
  `re-anchoring ${PASSAGES.toLocaleString("en-US")} passages in a ${(text.length / 1000).toFixed(0)} KB text — ` +
    `median of ${RUNS} runs after ${WARM_UP} warm-up runs (Node ${process.version})`,
);
for (const { name, edits } of scenarios) {
  const made = revision(text, edits, random);
  const selectors = made.passages.map((p) => p.selector);
  const times = time(() => reanchorAll(made.oldText, made.newText, selectors));
  const results = reanchorAll(made.oldText, made.newText, selectors);
  const statuses = count(results.map((r) => r.status));
  const judged = tally(runEdits([made]));
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(`\n  ${name}: ${made.passages.length} passages`);
  console.log(
    `    time: median ${median.toFixed(0)} ms (min ${(times[0] ?? NaN).toFixed(0)}, max ${(times.at(-1) ?? NaN).toFixed(0)})`,
  );
  console.log(
    `    outcomes: ${Object.entries(statuses)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  console.log(
    `    against the edits' ground truth: ${judged.reanchored} re-anchored correctly, ` +
      `${judged.expectedOrphans} expected orphans, ${judged.needlessOrphans} needless orphans, ` +
      `${judged.wrongPlace + judged.wrongNotOrphaned} wrong`,
  );
}

/** One version of the text with `wanted` edits of the edit set's kinds, and 1,000 passages. */
function revision(base: string, wanted: number, random: Random): EditCase {
  const kinds = EDIT_KINDS.filter((k) =>
    [
      "typo-fixed",
      "typo-made",
      "word-inserted",
      "word-deleted",
      "figure-changed",
      "sentence-inserted",
      "paragraph-inserted",
      "sentence-deleted",
      "words-around-rewritten",
      "sentence-with-passage-deleted",
      "paragraph-with-passage-replaced",
      "paragraphs-reordered",
      "word-replaced",
      "paragraph-copied",
    ].includes(k.name),
  );
  const replacements: Replacement[] = [];
  for (let attempt = 0; attempt < wanted * 10 && replacements.length < wanted; attempt++) {
    const draft: Draft | null = random.pick(kinds).make(base, random, pool);
    if (!draft || draft.oldText !== base || draft.then) continue;
    const clash = replacements.some((r) =>
      draft.replacements.some((t) => t.start <= r.end + 40 && r.start <= t.end + 40),
    );
    if (!clash) replacements.push(...draft.replacements);
  }
  // The passages: targets of none of the edits, simply 1,000 picks; those whose truth is unclear
  // (an edit across an edge) are dropped by toCase and replaced.
  const made = toCase(
    "bench",
    "revision",
    { oldText: base, replacements, targets: [] },
    random,
    PASSAGES,
  );
  if (!made) throw new Error("bench: no case");
  return made;
}

function time(run: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
