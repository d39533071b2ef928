// Benchmark: agreement (computeVerdict) over 10,000 claims. Run: npx tsx bench/agreement.ts
// Prints the median of timed runs after warm-up; a number to read, not a pass/fail test.
import type { AgreementInput } from "@/lib/agreement/clusters";
import type { Interval } from "@/lib/agreement/interval";
import { toInterval } from "@/lib/agreement/to-interval";
import { computeVerdict, type VerdictOptions } from "@/lib/agreement/verdict";
import type { QuantityValue } from "@/lib/values/types";

const CLAIMS = 10_000;
const WARM_UP = 20;
const RUNS = 31;

interface Scenario {
  name: string;
  claims: AgreementInput[];
  options?: VerdictOptions;
  prepare?: () => AgreementInput[];
}

const random = mulberry32(20240229);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const closed = (value: number) => ({ value, inclusive: true });

const scenarios: Scenario[] = [
  { name: "casualty figures (mixed kinds, 400 origins)", claims: build(casualtyInterval) },
  {
    name: "all agree (one cluster of 10,000)",
    claims: build(() => ({
      low: closed(400 - random() * 300),
      high: closed(500 + random() * 300),
    })),
  },
  { name: "scattered narrow ranges (many clusters)", claims: build(() => scattered()) },
  {
    name: "dates (day numbers, 1988–1991)",
    claims: build(dateInterval),
    options: { measure: "date" },
  },
];
const values = Array.from({ length: CLAIMS }, (_, i) => quantityValue(casualtyInterval(), i));

console.log(
  `agreement over ${CLAIMS.toLocaleString("en-US")} claims — median of ${RUNS} runs after ${WARM_UP} warm-up runs (Node ${process.version})`,
);
for (const { name, claims, options } of scenarios) {
  report(
    name,
    time(() => computeVerdict(claims, options)),
    computeVerdict(claims, options).clusters.length,
  );
}
const fromValues = time(() =>
  computeVerdict(
    values.map((value, i) => ({
      id: `c${i}`,
      interval: toInterval(value),
      originKey: `o${i % 400}`,
    })),
  ),
);
report("toInterval + computeVerdict from parsed values", fromValues, null);

function build(makeInterval: () => Interval): AgreementInput[] {
  return Array.from({ length: CLAIMS }, (_, i) => ({
    id: `c${i}`,
    interval: makeInterval(),
    originKey: `o${Math.floor(random() * 400)}`,
  }));
}

// Sources on one event: an official count, bounds, vague magnitudes and estimates around a few centres.
function casualtyInterval(): Interval {
  const centre = pick([26, 32, 100, 150, 300, 1000]);
  switch (pick(["exact", "about", "more-than", "range", "vague"])) {
    case "exact":
      return { low: closed(centre), high: closed(centre) };
    case "about":
      return { low: closed(centre * 0.9), high: closed(centre * 1.1) };
    case "more-than":
      return { low: { value: centre, inclusive: false }, high: null };
    case "range":
      return { low: closed(centre), high: closed(centre * 2) };
    default:
      return pick([
        { low: closed(200), high: closed(999) },
        { low: closed(24), high: closed(99) },
      ]);
  }
}

function scattered(): Interval {
  const start = Math.floor(random() * 1_000_000);
  return { low: closed(start), high: closed(start + Math.floor(random() * 300)) };
}

function dateInterval(): Interval {
  const first = 6633 + Math.floor(random() * 1400);
  return { low: closed(first), high: closed(first + pick([0, 2, 30, 365])) };
}

function quantityValue({ low, high }: Interval, i: number): QuantityValue {
  return {
    type: "quantity",
    low,
    high,
    best: null,
    kind: "range",
    wording: `${i}`,
    counted: null,
    rule: "range",
  };
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

function report(name: string, sorted: number[], clusters: number | null) {
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const min = sorted[0] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const extra = clusters === null ? "" : `, ${clusters} clusters`;
  console.log(
    `  ${name.padEnd(50)} median ${median.toFixed(2)} ms (min ${min.toFixed(2)}, max ${max.toFixed(2)}${extra})`,
  );
}

// A small seeded generator, so every run measures the same claims.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
