import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { VerdictView } from "./comparison-types";

/** What ordering a question list needs of each question. */
export interface OrderedQuestion {
  measure: string;
  subject: { name: string };
  verdict: Pick<VerdictView, "status"> & {
    spread: Pick<NonNullable<VerdictView["spread"]>, "factor"> | null;
  };
}

const STATUS_ORDER: Record<VerdictStatus, number> = { diverge: 0, agree: 1, single: 2, none: 3 };

/**
 * "Most divergent first": divergent questions first, the widest spread first; then agreeing,
 * single-origin and empty ones; ties by subject, then measure.
 */
export function byDivergence(a: OrderedQuestion, b: OrderedQuestion): number {
  return (
    STATUS_ORDER[a.verdict.status] - STATUS_ORDER[b.verdict.status] ||
    (b.verdict.spread?.factor ?? 0) - (a.verdict.spread?.factor ?? 0) ||
    a.subject.name.localeCompare(b.subject.name) ||
    a.measure.localeCompare(b.measure)
  );
}
