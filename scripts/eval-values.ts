// npm run eval:values [-- <folder>] — reads the development set of real wordings
// (eval/values/cases/*.json, or the folder given) through readClaim and prints exact matches
// per language and per group, then every miss.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readClaim, type ClaimReading } from "@/lib/claims/read-claim";
import { referenceOf } from "@/lib/claims/claim-value";
import { compareCase, tally, ValueCaseSchema, type ValueCase } from "./eval/value-case";

const folder = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.join(import.meta.dirname, "..", "eval", "values", "cases");

function loadCases(): ValueCase[] {
  const cases: ValueCase[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const rows: unknown = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
    if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array of cases`);
    rows.forEach((row, index) => {
      const parsed = ValueCaseSchema.safeParse(row);
      if (!parsed.success)
        throw new Error(`${file}[${index}]: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      cases.push(parsed.data);
    });
  }
  return cases;
}

function reading(c: ValueCase): ClaimReading {
  // Fields readClaim does not know yet (context, measure) are passed along, so they are used
  // as soon as the reader accepts them.
  const extra = { context: c.context ?? null, measure: c.question.measure ?? null };
  return {
    ...extra,
    kind: c.question.kind,
    quote: c.quote,
    stated: c.stated,
    override: null,
    reference: referenceOf(c.published),
    language: c.language,
  };
}

function percent(exact: number, total: number): string {
  return `${((100 * exact) / total).toFixed(1)} %`;
}

function print(title: string, counts: Map<string, { exact: number; total: number }>) {
  console.log(title);
  for (const [key, { exact, total }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${key.padEnd(16)} ${String(exact).padStart(4)} / ${String(total).padEnd(4)} ${percent(exact, total)}`,
    );
  }
}

const cases = loadCases();
const outcomes = cases.map((c) => ({ c, ...compareCase(c, readClaim(reading(c))) }));
const exact = outcomes.filter((o) => o.exact).length;
console.log(`${exact} / ${outcomes.length} exact (${percent(exact, outcomes.length)})\n`);
print("by language", tally(outcomes.map((o) => ({ key: o.c.language, exact: o.exact }))));
print("by group", tally(outcomes.map((o) => ({ key: o.c.group, exact: o.exact }))));
print(
  "by group and language",
  tally(outcomes.map((o) => ({ key: `${o.c.group}/${o.c.language}`, exact: o.exact }))),
);
const misses = outcomes.filter((o) => !o.exact);
console.log(`\nmisses (${misses.length})`);
for (const { c, got, wanted } of misses) {
  const quote = c.quote.length > 110 ? `${c.quote.slice(0, 107)}…` : c.quote;
  console.log(`- ${c.id} [${c.group}/${c.language}] “${c.stated ?? quote}”`);
  if (c.stated) console.log(`    in: ${quote}`);
  console.log(`    wanted ${wanted}\n    got    ${got}`);
}
