import type { ClaimRecord, QuestionHeader, VerdictView } from "@/lib/questions/comparison-types";
import { questionVerdict } from "@/lib/questions/question-verdict";
import { describeValue } from "@/lib/values/describe-value";

export type MatrixClaim = Omit<
  ClaimRecord,
  "parsedValue" | "override" | "passages" | "note" | "asOf"
>;

export interface MatrixCell {
  claimId: string;
  stated: string;
  valueText: string;
  /** Index of the claim's first cluster in its row's verdict; null for drafts. */
  cluster: number | null;
  draft: boolean;
}

export interface SubjectMatrix {
  subject: { id: string; name: string; description: string | null };
  sources: MatrixClaim["source"][];
  rows: { question: QuestionHeader; verdict: VerdictView; cells: Record<string, MatrixCell[]> }[];
}

/**
 * A subject's questions (rows) × the sources that claim anything about them (columns); each cell
 * holds that source's claims on that question, tagged with the cluster they fall in.
 */
export function buildMatrix(
  subject: SubjectMatrix["subject"],
  questions: readonly QuestionHeader[],
  claims: readonly MatrixClaim[],
): SubjectMatrix {
  const sources = new Map<string, MatrixClaim["source"]>();
  for (const claim of claims) sources.set(claim.source.id, claim.source);
  const rows = questions.map((question) => {
    const own = claims.filter((claim) => claim.questionId === question.id);
    const verdict = questionVerdict(question.kind, own);
    const cells: Record<string, MatrixCell[]> = {};
    for (const claim of own) {
      const cluster = verdict.clusters.find((c) => c.claimIds.includes(claim.id))?.index ?? null;
      (cells[claim.source.id] ??= []).push({
        claimId: claim.id,
        stated: claim.stated,
        valueText: describeValue(claim.value),
        cluster,
        draft: claim.status === "draft",
      });
    }
    return { question, verdict, cells };
  });
  const ordered = [...sources.values()].sort((a, b) =>
    (b.published ?? "").localeCompare(a.published ?? ""),
  );
  return { subject, sources: ordered, rows };
}
