import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { inTransactionUnlessRefused, lockRow } from "@/lib/db/transaction";
import { containsWords } from "@/lib/passages/contains-words";
import { describePassage } from "@/lib/passages/describe-passage";
import { pageAt } from "./kept-ranges";

/** A passage a new text version left for an editor: orphaned, or placed on changed words. */
export interface PassageToReview {
  id: string;
  claimId: string;
  stated: string;
  question: string;
  status: "orphaned" | "reanchored";
  exact: string;
  /** The words before re-anchoring changed them (a re-anchored passage). */
  previousExact: string | null;
  /** The text version the passage points into (older than the source's for an orphan). */
  textVersion: number;
}

/** The passages of a source's live claims that wait for an editor, orphans first. */
export async function listPassagesToReview(sourceId: string): Promise<PassageToReview[]> {
  if (!isRecordId(sourceId)) return [];
  const rows = await db.passage.findMany({
    where: {
      sourceId,
      reviewedAt: null,
      anchorStatus: { in: ["orphaned", "reanchored"] },
      claim: { deletedAt: null },
    },
    select: {
      id: true,
      claimId: true,
      anchorStatus: true,
      exact: true,
      previousExact: true,
      textVersion: true,
      claim: {
        select: {
          stated: true,
          question: { select: { measure: true, scope: true, subject: { select: { name: true } } } },
        },
      },
    },
    orderBy: [{ anchorStatus: "desc" }, { start: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    claimId: row.claimId,
    stated: row.claim.stated,
    question: `${row.claim.question.subject.name} — ${row.claim.question.measure}${row.claim.question.scope ? ` (${row.claim.question.scope})` : ""}`,
    status: row.anchorStatus === "orphaned" ? "orphaned" : "reanchored",
    exact: row.exact,
    previousExact: row.previousExact,
    textVersion: row.textVersion,
  }));
}

export type ReviewResult =
  | { ok: true }
  | { ok: false; code: "not_found" | "invalid_range" | "stated_not_in_quote"; message: string };

/**
 * An editor's answer to a passage left for review: `confirm` keeps it as it is (an orphan stays
 * on its old version's words), `place` anchors it on words of the current text, which must hold
 * the claim's stated words.
 */
export async function reviewPassage(
  sourceId: string,
  passageId: string,
  answer: { confirm: true } | { place: { start: number; end: number } },
): Promise<ReviewResult> {
  const missing = {
    ok: false,
    code: "not_found",
    message: "This passage no longer exists.",
  } as const;
  if (!isRecordId(sourceId) || !isRecordId(passageId)) return missing;
  return inTransactionUnlessRefused(async (tx): Promise<ReviewResult> => {
    if (!(await lockRow(tx, "Source", sourceId, "FOR SHARE"))) return missing;
    const passage = await tx.passage.findFirst({
      where: { id: passageId, sourceId, source: { deletedAt: null }, claim: { deletedAt: null } },
      select: {
        exact: true,
        claim: { select: { stated: true } },
        source: { select: { text: true, textVersion: true } },
      },
    });
    if (!passage) return missing;
    if ("confirm" in answer) {
      await tx.passage.update({
        where: { id: passageId },
        data: { reviewedAt: new Date() },
        select: { id: true },
      });
      return { ok: true };
    }
    const { text, textVersion } = passage.source;
    const described = describePassage(text, answer.place.start, answer.place.end);
    if (!described.ok) return { ok: false, code: "invalid_range", message: described.reason };
    if (!containsWords(described.selector.exact, passage.claim.stated).ok)
      return {
        ok: false,
        code: "stated_not_in_quote",
        message: `The claim's stated words (“${passage.claim.stated}”) are not in the words selected; select words that hold them.`,
      };
    const version = await tx.sourceTextVersion.findUnique({
      where: { sourceId_number: { sourceId, number: textVersion } },
      select: { pageStarts: true },
    });
    await tx.passage.update({
      where: { id: passageId },
      data: {
        ...described.selector,
        textVersion,
        page: pageAt(version?.pageStarts ?? [], described.selector.start),
        anchorStatus: "reanchored",
        previousExact: passage.exact,
        reviewedAt: new Date(),
      },
      select: { id: true },
    });
    return { ok: true };
  });
}
