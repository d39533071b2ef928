import { reanchorAll, type ReanchorResult } from "../reanchor-passage";
import type { Expected } from "./apply-edits";
import type { CasePassage, EditCase } from "./generate-edits";

/** How one passage fared against its expected outcome. */
export type Verdict =
  "re-anchored" | "expected-orphan" | "needless-orphan" | "wrong-anchor" | "anchored-not-orphaned";

export interface Outcome {
  caseId: string;
  kind: string;
  passage: CasePassage;
  result: ReanchorResult;
  verdict: Verdict;
  /** A correct place reported with the wrong status (changed words called unchanged, or back). */
  statusMismatch: boolean;
}

/**
 * Counts over a set of passages. A wrong anchor is a passage placed anywhere other than its
 * expected place: placed elsewhere (`wrongPlace`) or placed when it should have been orphaned
 * (`wrongNotOrphaned`).
 */
export interface Tally {
  passages: number;
  reanchored: number;
  expectedOrphans: number;
  needlessOrphans: number;
  wrongPlace: number;
  wrongNotOrphaned: number;
  statusMismatches: number;
}

/** Re-anchors every case's passages (one reanchorAll per case) and judges each result. */
export function runEdits(cases: EditCase[]): Outcome[] {
  return cases.flatMap((c) => {
    const results = reanchorAll(
      c.oldText,
      c.newText,
      c.passages.map((p) => p.selector),
    );
    return c.passages.map((passage, i): Outcome => {
      const result = results[i] ?? { status: "orphaned", reason: "deleted", message: "missing" };
      return { caseId: c.id, kind: c.kind, passage, result, ...judge(passage.expected, result) };
    });
  });
}

/** Adds up outcomes. */
export function tally(outcomes: Outcome[]): Tally {
  const count = (verdict: Verdict) => outcomes.filter((o) => o.verdict === verdict).length;
  return {
    passages: outcomes.length,
    reanchored: count("re-anchored"),
    expectedOrphans: count("expected-orphan"),
    needlessOrphans: count("needless-orphan"),
    wrongPlace: count("wrong-anchor"),
    wrongNotOrphaned: count("anchored-not-orphaned"),
    statusMismatches: outcomes.filter((o) => o.statusMismatch).length,
  };
}

/** Of the passages that should be re-anchored, the share that was, at the expected place. */
export function reanchoredShare(t: Tally): number {
  const shouldBePlaced = t.reanchored + t.needlessOrphans + t.wrongPlace;
  return shouldBePlaced === 0 ? 1 : t.reanchored / shouldBePlaced;
}

function judge(
  expected: Expected,
  result: ReanchorResult,
): Pick<Outcome, "verdict" | "statusMismatch"> {
  const orphaned = result.status === "orphaned";
  if ("orphan" in expected) {
    return {
      verdict: orphaned ? "expected-orphan" : "anchored-not-orphaned",
      statusMismatch: false,
    };
  }
  if (result.status === "orphaned") return { verdict: "needless-orphan", statusMismatch: false };
  const { start, end } = result.selector;
  if (start !== expected.anchored.start || end !== expected.anchored.end) {
    return { verdict: "wrong-anchor", statusMismatch: false };
  }
  return {
    verdict: "re-anchored",
    statusMismatch: (result.status === "changed") !== expected.changed,
  };
}
