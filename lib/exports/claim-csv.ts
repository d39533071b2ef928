import type { CitedClaim } from "@/lib/citations/citation-types";
import { claimLocator } from "@/lib/citations/claim-locator";
import { describeValue } from "@/lib/values/describe-value";
import type { Bound } from "@/lib/values/types";
import type { CsvValue } from "./csv-field";

/** The columns of a claims CSV, in order, each with how it is read from a claim. */
export const CLAIM_CSV_COLUMNS: readonly { header: string; value: (c: CitedClaim) => CsvValue }[] =
  [
    { header: "claim_id", value: (c) => c.id },
    { header: "question_id", value: (c) => c.question.id },
    { header: "subject", value: (c) => c.question.subject },
    { header: "question", value: (c) => questionTitle(c.question) },
    { header: "unit", value: (c) => c.question.unit },
    { header: "stated", value: (c) => c.stated },
    {
      header: "low",
      value: (c) => (c.value.type === "date" ? c.value.first : boundValue(c.value.low)),
    },
    {
      header: "high",
      value: (c) => (c.value.type === "date" ? c.value.last : boundValue(c.value.high)),
    },
    { header: "low_bound", value: (c) => boundKind(c, "low") },
    { header: "high_bound", value: (c) => boundKind(c, "high") },
    {
      header: "value_kind",
      value: (c) => (c.value.type === "date" ? `date-${c.value.precision}` : c.value.kind),
    },
    { header: "value", value: (c) => describeValue(c.value) },
    { header: "rule", value: (c) => c.value.rule },
    { header: "origin", value: (c) => c.origin },
    { header: "method", value: (c) => c.method },
    { header: "as_of", value: (c) => c.asOf },
    { header: "status", value: (c) => c.status },
    { header: "source_id", value: (c) => c.source.id },
    { header: "source_title", value: (c) => c.source.title },
    { header: "source_authors", value: (c) => c.source.authors.join("; ") || null },
    { header: "source_publisher", value: (c) => c.source.publisher },
    { header: "source_published", value: (c) => c.source.published },
    { header: "source_kind", value: (c) => c.source.kind },
    { header: "source_url", value: (c) => c.source.url },
    { header: "source_archive_url", value: (c) => c.source.archiveUrl },
    { header: "source_accessed", value: (c) => c.source.accessed },
    { header: "quote", value: (c) => c.passage.exact },
    { header: "locator", value: (c) => claimLocator(c.passage).text },
    { header: "permalink", value: (c) => c.permalink },
    { header: "verdict_status", value: (c) => c.verdict.status },
    { header: "verdict", value: (c) => c.verdict.summary },
    // As the comparison page names groups: "Group 1" is cluster 0.
    { header: "cluster", value: (c) => c.clusters.map((index) => index + 1).join("; ") || null },
  ];

/** A question as people read it: "Armenians killed (whole event)". */
export function questionTitle(question: CitedClaim["question"]): string {
  return question.scope ? `${question.measure} (${question.scope})` : question.measure;
}

/** One claim's cells, in the order of CLAIM_CSV_COLUMNS. */
export function claimCsvValues(claim: CitedClaim): CsvValue[] {
  return CLAIM_CSV_COLUMNS.map((column) => column.value(claim));
}

function boundValue(bound: Bound): number | null {
  return bound ? bound.value : null;
}

// "inclusive", "exclusive" or "open" (no limit on that side). A date's known ends are whole days,
// so they are inclusive.
function boundKind(claim: CitedClaim, side: "low" | "high"): string {
  const { value } = claim;
  if (value.type === "date")
    return (side === "low" ? value.first : value.last) ? "inclusive" : "open";
  const bound = value[side];
  return bound === null ? "open" : bound.inclusive ? "inclusive" : "exclusive";
}
