import "server-only";
import { claimSnapshotSelect } from "@/lib/claims/claim-record";
import { claimSnapshot } from "@/lib/claims/claim-snapshot";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow, lockRows, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { nameKey } from "@/lib/naming/name-key";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";

export interface OriginView {
  id: string;
  name: string;
  version: number;
  claimCount: number;
}

export type OriginEditResult =
  | { ok: true; origin: OriginView }
  | { ok: false; code: "not_found" | "same_origin" }
  | { ok: false; code: "origin_exists"; existing: { id: string; name: string } }
  | { ok: false; code: "version_conflict"; current: OriginView };

type Options = { actor?: Actor; expectedVersion?: number };

/** One origin with how many live claims cite it; null when there is none. */
async function readOrigin(tx: Tx, id: string): Promise<OriginView | null> {
  if (!isRecordId(id)) return null;
  const row = await tx.origin.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      version: true,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  return row && { id: row.id, name: row.name, version: row.version, claimCount: row._count.claims };
}

/** The questions that live claims citing this origin answer. */
async function questionsCiting(tx: Tx, originId: string): Promise<string[]> {
  const rows = await tx.claim.findMany({
    where: { originId, deletedAt: null },
    select: { questionId: true },
    distinct: ["questionId"],
  });
  return rows.map((row) => row.questionId);
}

/** One origin as the API shows it, read from the primary; null when there is none. */
export async function getOrigin(id: string): Promise<OriginView | null> {
  return readOrigin(db, id);
}

/**
 * Renames an origin, with its history entry, and refreshes the stored verdicts of the questions
 * its live claims answer (their sentences name it). Spelling variants meet in one origin, so a
 * name another origin already has is refused with that origin (merge them instead).
 */
export async function renameOrigin(
  id: string,
  name: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: Options = {},
): Promise<OriginEditResult> {
  if (!isRecordId(id)) return { ok: false, code: "not_found" };
  return inTransaction(async (tx): Promise<OriginEditResult> => {
    // Questions before the origin, in the writers' order. FOR UPDATE on the origin waits for any
    // writer that is adding a claim citing it (a key share) and holds off new ones until this
    // commits, so the second read below misses no claim whose verdict names the old name.
    await lockRows(tx, "Question", await questionsCiting(tx, id), "FOR NO KEY UPDATE");
    if (!(await lockRow(tx, "Origin", id, "FOR UPDATE"))) return { ok: false, code: "not_found" };
    const before = (await readOrigin(tx, id))!;
    if (expectedVersion !== undefined && expectedVersion !== before.version)
      return { ok: false, code: "version_conflict", current: before };
    const key = nameKey(name);
    const clash = await tx.origin.findFirst({
      where: { nameKey: key, id: { not: id } },
      select: { id: true, name: true },
    });
    if (clash) return { ok: false, code: "origin_exists", existing: clash };
    const after = await tx.origin.update({
      where: { id },
      data: { name: name.trim(), nameKey: key, version: { increment: 1 } },
      select: { version: true, name: true },
    });
    await recordRevision(tx, {
      kind: "origin",
      id,
      version: after.version,
      action: "update",
      actor,
      before: { name: before.name },
      after: { name: after.name },
    });
    await refreshVerdicts(tx, await questionsCiting(tx, id));
    return { ok: true, origin: { ...before, ...after } };
  });
}

/**
 * Folds origin `id` into origin `into`: every claim citing it (trashed ones too) cites `into`,
 * each change recorded on the claim; the emptied origin is removed, its removal recorded; the
 * verdicts of the questions those claims answer are refreshed (fewer independent origins).
 */
export async function mergeOrigin(
  id: string,
  into: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: Options = {},
): Promise<OriginEditResult> {
  if (!isRecordId(id) || !isRecordId(into)) return { ok: false, code: "not_found" };
  if (id === into) return { ok: false, code: "same_origin" };
  return inTransaction(async (tx): Promise<OriginEditResult> => {
    // Locks in the global order: claims, then their questions, then both origins. A claim that
    // cites the origin after the first read is caught by the second one, under the origin's lock.
    const cited = await tx.claim.findMany({ where: { originId: id }, select: { id: true } });
    await lockRows(
      tx,
      "Claim",
      cited.map((c) => c.id),
      "FOR NO KEY UPDATE",
    );
    const answered = await tx.claim.findMany({
      where: { originId: id },
      select: { questionId: true },
    });
    await lockRows(
      tx,
      "Question",
      answered.map((c) => c.questionId),
      "FOR NO KEY UPDATE",
    );
    const found = await lockRows(tx, "Origin", [id, into], "FOR UPDATE");
    if (!found.has(id) || !found.has(into)) return { ok: false, code: "not_found" };
    const gone = (await readOrigin(tx, id))!;
    if (expectedVersion !== undefined && expectedVersion !== gone.version)
      return { ok: false, code: "version_conflict", current: gone };
    const claims = await tx.claim.findMany({
      where: { originId: id },
      select: { id: true, ...claimSnapshotSelect },
    });
    for (const claim of claims) {
      const after = await tx.claim.update({
        where: { id: claim.id },
        data: { originId: into, version: { increment: 1 } },
        select: claimSnapshotSelect,
      });
      await recordRevision(tx, {
        kind: "claim",
        id: claim.id,
        version: after.version,
        action: "update",
        actor,
        before: claimSnapshot(claim),
        after: claimSnapshot(after),
      });
    }
    await refreshVerdicts(
      tx,
      claims.map((c) => c.questionId),
    );
    await tx.origin.delete({ where: { id } });
    await recordRevision(tx, {
      kind: "origin",
      id,
      version: gone.version + 1,
      action: "purge",
      actor,
      before: { name: gone.name },
      after: null,
    });
    return { ok: true, origin: (await readOrigin(tx, into))! };
  });
}
