import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransactionUnlessRefused, lockRow, lockRows, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { quotePassage, readClaimRecord, versionConflict, type WriteOptions } from "./claim-data";
import { fail, type ClaimResult } from "./claim-failure";
import { claimSnapshotSelect } from "./claim-record";
import { claimSnapshot } from "./claim-snapshot";
import { locatePassage } from "./locate-passage";
import type { PassageInput } from "./passage-schema";
import { valuePassage } from "./value-passage";

/**
 * Adds a passage to a claim: more words of its source, or of another source, that assert it. The
 * words are found as a new claim's are; the claim's version goes up and the change is recorded in
 * its history. The value does not change: it is read from the stated words' own passage.
 */
export async function addClaimPassage(
  claimId: string,
  input: PassageInput,
  { actor = SCRIPT_ACTOR, expectedVersion }: WriteOptions = {},
): Promise<ClaimResult<ClaimRecord>> {
  if (!isRecordId(claimId)) return claimNotFound(claimId);
  return inTransactionUnlessRefused(async (tx) => {
    const head = await tx.claim.findFirst({
      where: { id: claimId, deletedAt: null },
      select: { sourceId: true },
    });
    if (!head) return claimNotFound(claimId);
    const sourceId = input.sourceId ?? head.sourceId;
    if (!isRecordId(sourceId)) return sourceNotFound(sourceId);
    // Sources before the claim: the order every writer takes its locks in.
    const live = await lockRows(tx, "Source", [head.sourceId, sourceId], "FOR SHARE");
    if (!live.has(sourceId)) return sourceNotFound(sourceId);
    const existing = await lockClaim(tx, claimId);
    if (!existing) return claimNotFound(claimId);
    if (expectedVersion !== undefined && expectedVersion !== existing.version)
      return versionConflict(expectedVersion, await readClaimRecord(tx, claimId));
    const source = await tx.source.findFirst({
      where: { id: sourceId, deletedAt: null },
      select: { text: true, textVersion: true },
    });
    if (!source) return sourceNotFound(sourceId);

    const located = locatePassage(source.text, input.quote);
    if (!located.ok) return located;
    const { start, end } = located.value;
    if (
      existing.passages.some((p) => p.sourceId === sourceId && p.start === start && p.end === end)
    )
      return fail("passage_exists", "quote", "These words are already a passage of this claim.");
    await tx.passage.create({
      data: { claimId, sourceId, textVersion: source.textVersion, ...located.value },
      select: { id: true },
    });
    await bumpAndRecord(tx, claimId, existing, actor);
    return { ok: true, value: await readClaimRecord(tx, claimId) };
  });
}

/**
 * Removes one passage of a claim. The last passage is never removed (a claim always points at
 * words), nor the only one holding the stated words the value is read from.
 */
export async function removeClaimPassage(
  claimId: string,
  passageId: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: WriteOptions = {},
): Promise<ClaimResult<ClaimRecord>> {
  if (!isRecordId(claimId)) return claimNotFound(claimId);
  return inTransactionUnlessRefused(async (tx) => {
    const head = await tx.claim.findFirst({
      where: { id: claimId, deletedAt: null },
      select: { sourceId: true },
    });
    if (!head) return claimNotFound(claimId);
    if (!(await lockRow(tx, "Source", head.sourceId, "FOR SHARE"))) return claimNotFound(claimId);
    const existing = await lockClaim(tx, claimId);
    if (!existing) return claimNotFound(claimId);
    if (expectedVersion !== undefined && expectedVersion !== existing.version)
      return versionConflict(expectedVersion, await readClaimRecord(tx, claimId));
    const target = existing.passages.find((p) => p.id === passageId);
    if (!target)
      return fail(
        "passage_not_found",
        "passageId",
        `This claim has no passage with the id "${passageId}".`,
      );
    const rest = existing.passages.filter((p) => p.id !== passageId);
    if (rest.length === 0)
      return fail(
        "last_passage",
        "passageId",
        "This is the claim's only passage; a claim always points at words of a source. Delete the claim instead.",
      );
    if (
      quotePassage(existing, existing.stated)?.id === passageId &&
      !valuePassage(rest, existing.sourceId, existing.stated)
    )
      return fail(
        "passage_holds_stated",
        "passageId",
        `The stated words “${existing.stated}” are only in this passage, and the value is read from them; change the stated words first.`,
      );
    await tx.passage.delete({ where: { id: passageId }, select: { id: true } });
    await bumpAndRecord(tx, claimId, existing, actor);
    return { ok: true, value: await readClaimRecord(tx, claimId) };
  });
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockClaim>>>;

async function lockClaim(tx: Tx, id: string) {
  if (!(await lockRow(tx, "Claim", id, "FOR UPDATE"))) return null;
  return tx.claim.findFirst({
    where: { id, deletedAt: null },
    select: {
      ...claimSnapshotSelect,
      passages: {
        select: { ...claimSnapshotSelect.passages.select, id: true },
        orderBy: claimSnapshotSelect.passages.orderBy,
      },
    },
  });
}

async function bumpAndRecord(
  tx: Tx,
  id: string,
  before: Locked,
  actor: NonNullable<WriteOptions["actor"]>,
) {
  const after = await tx.claim.update({
    where: { id },
    data: { version: { increment: 1 } },
    select: claimSnapshotSelect,
  });
  await recordRevision(tx, {
    kind: "claim",
    id,
    version: after.version,
    action: "update",
    actor,
    before: claimSnapshot(before),
    after: claimSnapshot(after),
  });
}

function claimNotFound<T>(id: string): ClaimResult<T> {
  return fail("claim_not_found", "id", `No claim has the id "${id}".`);
}

function sourceNotFound<T>(id: string): ClaimResult<T> {
  return fail("source_not_found", "sourceId", `No source has the id "${id}".`);
}
