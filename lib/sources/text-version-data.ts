import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransactionUnlessRefused, lockRow, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import type { PassageSelector } from "@/lib/passages/describe-passage";
import { reanchorAll, type ReanchorResult } from "@/lib/passages/reanchor-passage";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { pageAt } from "./kept-ranges";
import { mapPageStarts } from "./page-starts";
import {
  hashText,
  questionsOf,
  sourceDetailSelect,
  toDetail,
  type SourceDetail,
} from "./source-data";
import { storeOriginal, type OriginalInput } from "./source-original-data";
import { sourceSnapshot } from "./source-snapshot";

/** A new text for a source: an editor's correction, or the text of a newer copy of its address. */
export interface NewTextInput {
  text: string;
  reason: "corrected" | "reimported";
  /** A re-import keeps the bytes it read, and a PDF's page starts. */
  original?: OriginalInput;
  pageStarts?: number[];
}

/** How the passages came through: how many of each status. */
export type AnchorCounts = Record<"unchanged" | "moved" | "reanchored" | "orphaned", number>;

export type NewTextResult =
  | { ok: true; source: SourceDetail; anchors: AnchorCounts }
  | { ok: false; code: "not_found" }
  | { ok: false; code: "same_text" }
  | { ok: false; code: "duplicate_text"; duplicateOf: { id: string; title: string } }
  | { ok: false; code: "version_conflict"; current: SourceDetail };

/**
 * Makes `input.text` the source's new text version, in one transaction: every passage is
 * re-anchored into it (from the version it points into), the old version stays readable, the
 * change is recorded in the history and verdicts are refreshed. Claims keep their stated
 * words; a passage that cannot be placed is kept, orphaned, pointing into its old version.
 */
export async function setSourceText(
  id: string,
  input: NewTextInput,
  { actor = SCRIPT_ACTOR, expectedVersion }: { actor?: Actor; expectedVersion?: number } = {},
): Promise<NewTextResult> {
  if (!isRecordId(id)) return { ok: false, code: "not_found" };
  const textHash = hashText(input.text);
  return inTransactionUnlessRefused(async (tx): Promise<NewTextResult> => {
    // FOR UPDATE: claim writers take the source FOR SHARE, so none records a passage meanwhile.
    if (!(await lockRow(tx, "Source", id, "FOR UPDATE"))) return { ok: false, code: "not_found" };
    const before = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
    if (before.deletedAt) return { ok: false, code: "not_found" };
    if (expectedVersion !== undefined && expectedVersion !== before.version)
      return { ok: false, code: "version_conflict", current: toDetail(before) };
    if (before.text === input.text) return { ok: false, code: "same_text" };
    const duplicate = await tx.source.findUnique({
      where: { textHash },
      select: { id: true, title: true },
    });
    if (duplicate) return { ok: false, code: "duplicate_text", duplicateOf: duplicate };

    const number = before.textVersion + 1;
    const previous = await tx.sourceTextVersion.findUnique({
      where: { sourceId_number: { sourceId: id, number: before.textVersion } },
      select: { pageStarts: true },
    });
    const pageStarts =
      input.pageStarts ?? mapPageStarts(before.text, input.text, previous?.pageStarts ?? []);
    const anchors = await reanchorPassages(tx, id, input.text, number, pageStarts);
    const after = await tx.source.update({
      where: { id },
      data: { text: input.text, textHash, textVersion: number, version: { increment: 1 } },
      select: sourceDetailSelect,
    });
    await tx.sourceTextVersion.create({
      data: {
        sourceId: id,
        number,
        text: input.text,
        textHash,
        reason: input.reason,
        actorName: actor.name,
        pageStarts,
      },
      select: { id: true },
    });
    if (input.original) await storeOriginal(tx, id, number, input.original);
    await recordRevision(tx, {
      kind: "source",
      id,
      version: after.version,
      action: "update",
      actor,
      before: sourceSnapshot(before),
      after: { ...sourceSnapshot(after), textChange: input.reason, anchors: { ...anchors } },
    });
    await refreshVerdicts(tx, await questionsOf(tx, id));
    return { ok: true, source: toDetail(after), anchors };
  });
}

// Passages are re-anchored from the version they point into: an orphan of an earlier version
// gets another chance in every new one.
async function reanchorPassages(
  tx: Tx,
  sourceId: string,
  newText: string,
  number: number,
  pageStarts: number[],
): Promise<AnchorCounts> {
  const passages = await tx.passage.findMany({
    where: { sourceId },
    select: {
      id: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      textVersion: true,
    },
    orderBy: { id: "asc" },
  });
  const counts: AnchorCounts = { unchanged: 0, moved: 0, reanchored: 0, orphaned: 0 };
  for (const [version, group] of groupBy(passages, (passage) => passage.textVersion)) {
    const old = await tx.sourceTextVersion.findUnique({
      where: { sourceId_number: { sourceId, number: version } },
      select: { text: true },
    });
    const results = reanchorAll(old?.text ?? "", newText, group);
    for (const [i, passage] of group.entries()) {
      const result = results[i]!;
      const status = statusOf(result);
      counts[status]++;
      await tx.passage.update({
        where: { id: passage.id },
        data: passageUpdate(passage, result, number, pageStarts),
        select: { id: true },
      });
    }
  }
  return counts;
}

function passageUpdate(
  passage: PassageSelector,
  result: ReanchorResult,
  number: number,
  pageStarts: number[],
) {
  if (result.status === "orphaned")
    return { anchorStatus: "orphaned" as const, previousExact: null, reviewedAt: null };
  const { start, end, exact, prefix, suffix } = result.selector;
  return {
    start,
    end,
    exact,
    prefix,
    suffix,
    textVersion: number,
    page: pageAt(pageStarts, start),
    anchorStatus: statusOf(result),
    previousExact: result.status === "changed" ? passage.exact : null,
    reviewedAt: null,
  };
}

function statusOf(result: ReanchorResult): keyof AnchorCounts {
  return result.status === "changed" ? "reanchored" : result.status;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
