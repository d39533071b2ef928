import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { referenceOf } from "@/lib/claims/claim-value";
import { readClaim } from "@/lib/claims/read-claim";
import type { QuestionKind } from "@/lib/questions/question-kinds";

// The development cases of the groups "relative-dates", "stated-nothing" and "figure-meant"
// (eval/values/cases), read as the data layer reads a claim (and as `npm run eval:values` reads
// every group): a unit gate that fails when one of these groups falls under 95 % exact.
const GROUPS = ["relative-dates", "stated-nothing", "figure-meant"];
const FOLDER = path.join(process.cwd(), "eval/values/cases");

interface ValueCase {
  id: string;
  group: string;
  language: string;
  published: string | null;
  source: string;
  context?: string;
  quote: string;
  question: { kind: QuestionKind; measure: string };
  stated: string | null;
  expectedStated?: string;
  expected:
    | { low: number | null; high: number | null; lowInclusive: boolean; highInclusive: boolean }
    | { first: string | null; last: string | null }
    | { refusal: string };
}

function loadCases(): ValueCase[] {
  return readdirSync(FOLDER)
    .filter(
      (file) => GROUPS.some((group) => file.startsWith(`${group}.`)) && file.endsWith(".json"),
    )
    .flatMap((file) => JSON.parse(readFileSync(path.join(FOLDER, file), "utf8")) as ValueCase[]);
}

/** Why a case is missed, or null when the reader reads it exactly. */
function miss(c: ValueCase): string | null {
  const result = readClaim({
    kind: c.question.kind,
    quote: c.quote,
    stated: c.stated,
    reference: referenceOf(c.published),
    language: c.language,
    measure: c.question.measure,
    context: c.context ?? null,
  });
  if ("refusal" in c.expected) {
    if (result.ok) return `read ${JSON.stringify(result.value.value)} instead of refusing`;
    return result.failure.code === c.expected.refusal ? null : `refused ${result.failure.code}`;
  }
  if (!result.ok) return `refused ${result.failure.code}: ${result.failure.message}`;
  const { value, stated } = result.value;
  if (c.expectedStated !== undefined && stated !== c.expectedStated) return `proposed “${stated}”`;
  if ("first" in c.expected) {
    if (value.type !== "date") return "read a quantity";
    return value.first === c.expected.first && value.last === c.expected.last
      ? null
      : `read ${value.first}…${value.last}`;
  }
  if (value.type !== "quantity") return "read a date";
  const e = c.expected;
  const same = (bound: typeof value.low, at: number | null, inclusive: boolean) =>
    bound === null
      ? at === null
      : at !== null && Math.abs(bound.value - at) < 1e-9 && bound.inclusive === inclusive;
  return same(value.low, e.low, e.lowInclusive) && same(value.high, e.high, e.highInclusive)
    ? null
    : `read ${JSON.stringify([value.low, value.high])} (“${stated}”)`;
}

describe("development cases of the context groups", () => {
  const cases = loadCases();

  it("has real, well-formed cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const c of cases) {
      expect(c.source, c.id).toMatch(/^https?:\/\//);
      if (c.stated) expect(c.quote, c.id).toContain(c.stated.split(" ")[0]);
    }
  });

  it.each(GROUPS)("reads at least 95 %% of the %s cases exactly", (group) => {
    const own = cases.filter((c) => c.group === group);
    const missed = own.map((c) => ({ c, why: miss(c) })).filter((m) => m.why !== null);
    const exact = own.length - missed.length;
    const lines = missed.map(({ c, why }) => `  ${c.id} (${c.language}): ${why}`);
    console.log(`${group}: ${exact}/${own.length} exact\n${lines.join("\n")}`);
    expect(exact / own.length).toBeGreaterThanOrEqual(0.95);
  });
});
