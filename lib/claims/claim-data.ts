import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/generated/prisma/client";
import { inTransactionUnlessRefused, lockRow, lockRows, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { findOrCreateOrigin } from "@/lib/origins/origin-upsert";
import { sectionBefore } from "@/lib/passages/section-before";
import type { ClaimRecord, QuestionHeader } from "@/lib/questions/comparison-types";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { findOrCreateQuestion } from "@/lib/questions/question-upsert";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { fail, type ClaimResult } from "./claim-failure";
import { claimRecordSelect, claimSnapshotSelect, toClaimRecord } from "./claim-record";
import type { ClaimInput, ClaimUpdate, ValueOverrideInput } from "./claim-schema";
import { claimSnapshot } from "./claim-snapshot";
import { lockLiveSource } from "./claim-source";
import { locatePassage } from "./locate-passage";
import { readClaim } from "./read-claim";
import { pageAt } from "@/lib/sources/kept-ranges";
import { valuePassage } from "./value-passage";

/** Who writes, and which version of the record they read (a stale one is refused). */
export interface WriteOptions {
  actor?: Actor;
  expectedVersion?: number;
}

/**
 * Records a claim: finds its passage in the source, reads its value (or takes the editor's), and
 * stores claim, passage, any new question, subject or origin, its history entry and the
 * question's new verdict in one transaction. A source or question deleted meanwhile is "not
 * found", never a claim stored against nothing.
 */
export async function recordClaim(
  input: ClaimInput,
  { actor = SCRIPT_ACTOR }: WriteOptions = {},
): Promise<ClaimResult<ClaimRecord>> {
  return inTransactionUnlessRefused(async (tx) => {
    const source = await lockLiveSource(tx, input.sourceId, "FOR SHARE");
    if (!source) return notFound("source_not_found", "sourceId", input.sourceId, "source");
    let question: QuestionHeader | null;
    if (input.questionId) {
      question = await lockLiveQuestion(tx, input.questionId);
      if (!question)
        return notFound("question_not_found", "questionId", input.questionId, "question");
    } else question = await findOrCreateQuestion(tx, input.question!, actor);

    const passage = locatePassage(source.text, input.quote);
    if (!passage.ok) return passage;
    const read = readClaim({
      kind: question.kind,
      quote: passage.value.exact,
      stated: input.stated,
      override: input.value,
      reference: source.reference,
      language: source.language,
      measure: question.measure,
      context: sectionBefore(source.text, passage.value.start),
    });
    if (!read.ok) return read;

    const originId = input.origin ? await findOrCreateOrigin(tx, input.origin, actor) : null;
    const { id } = await tx.claim.create({
      data: {
        questionId: question.id,
        sourceId: source.id,
        originId,
        stated: read.value.stated,
        parsedValue: json(read.value.parsed),
        override: json(input.value ?? null),
        value: read.value.value as unknown as Prisma.InputJsonValue,
        method: input.method,
        asOf: input.asOf ?? null,
        note: input.note ?? null,
        status: input.status,
        passages: {
          create: {
            sourceId: source.id,
            ...passage.value,
            textVersion: source.textVersion,
            page: pageAt(source.pageStarts, passage.value.start),
          },
        },
      },
      select: { id: true },
    });
    const after = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSnapshotSelect });
    await recordRevision(tx, {
      kind: "claim",
      id,
      version: after.version,
      action: "create",
      actor,
      before: null,
      after: claimSnapshot(after),
    });
    await refreshVerdicts(tx, [question.id]);
    return { ok: true, value: await readClaimRecord(tx, id) };
  });
}

/**
 * Changes the fields a request names, and only those: the claim row is locked while its stored
 * fields are read, merged and its value derived again, so two edits of different fields both
 * land. With `expectedVersion`, an edit made on a stale copy is refused.
 */
export async function updateClaim(
  id: string,
  input: ClaimUpdate,
  { actor = SCRIPT_ACTOR, expectedVersion }: WriteOptions = {},
): Promise<ClaimResult<ClaimRecord>> {
  if (!isRecordId(id)) return claimNotFound(id);
  return inTransactionUnlessRefused(async (tx) => {
    const existing = await lockLiveClaim(tx, id);
    if (!existing) return claimNotFound(id);
    if (expectedVersion !== undefined && expectedVersion !== existing.version)
      return versionConflict(expectedVersion, await readClaimRecord(tx, id));

    const movesTo = input.questionId && input.questionId !== existing.questionId;
    const questionIds = movesTo ? [existing.questionId, input.questionId!] : [existing.questionId];
    const live = await lockRows(tx, "Question", questionIds, "FOR NO KEY UPDATE");
    const question = await tx.question.findFirst({
      where: { id: input.questionId ?? existing.questionId, deletedAt: null },
      select: questionHeaderSelect,
    });
    if (!question || !live.has(question.id))
      return notFound("question_not_found", "questionId", input.questionId ?? "", "question");

    const override =
      input.value !== undefined ? input.value : (existing.override as ValueOverrideInput | null);
    const stated = input.stated ?? existing.stated;
    const quote = quotePassage(existing, stated);
    const read = readClaim({
      kind: question.kind,
      quote: quote?.exact ?? "",
      stated,
      override,
      reference: existing.reference,
      language: existing.language,
      measure: question.measure,
      context: sectionBefore(existing.sourceText, quote?.start ?? 0),
    });
    if (!read.ok) return read;
    const originId =
      input.origin === undefined
        ? undefined
        : input.origin
          ? await findOrCreateOrigin(tx, input.origin, actor)
          : null;
    const after = await tx.claim.update({
      where: { id },
      data: {
        questionId: input.questionId,
        originId,
        stated: read.value.stated,
        parsedValue: json(read.value.parsed),
        override: json(override),
        value: read.value.value as unknown as Prisma.InputJsonValue,
        method: input.method,
        asOf: input.asOf,
        note: input.note,
        status: input.status,
        version: { increment: 1 },
      },
      select: claimSnapshotSelect,
    });
    await recordRevision(tx, {
      kind: "claim",
      id,
      version: after.version,
      action: "update",
      actor,
      before: claimSnapshot(existing),
      after: claimSnapshot(after),
    });
    await refreshVerdicts(tx, questionIds);
    return { ok: true, value: await readClaimRecord(tx, id) };
  });
}

/** One live claim with its source, origin and passages, or null. */
export async function getClaim(id: string): Promise<ClaimRecord | null> {
  if (!isRecordId(id)) return null;
  const row = await db.claim.findFirst({
    where: { id, deletedAt: null },
    select: claimRecordSelect,
  });
  return row && toClaimRecord(row);
}

/**
 * The live claims recorded on one source, or with a passage in it, with their questions, for the
 * reader's highlights.
 */
export async function listSourceClaims(sourceId: string) {
  if (!isRecordId(sourceId)) return [];
  // The ids first, each from its own index: "its source OR a passage in it" in one WHERE is an
  // OR PostgreSQL cannot answer from two indexes, and it scanned every claim.
  const [own, quoted] = await Promise.all([
    db.claim.findMany({ where: { sourceId }, select: { id: true } }),
    db.passage.findMany({ where: { sourceId }, select: { claimId: true } }),
  ]);
  const ids = [...new Set([...own.map((row) => row.id), ...quoted.map((row) => row.claimId)])];
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: {
      ...claimRecordSelect,
      question: { select: questionHeaderSelect },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...toClaimRecord(row), question: row.question }));
}

/**
 * Locks a live claim for a change, after its source (the order every writer takes locks in),
 * and returns its stored fields with what reading its value needs. Null when there is none.
 */
export async function lockLiveClaim(tx: Tx, id: string) {
  const head = await tx.claim.findUnique({ where: { id }, select: { sourceId: true } });
  if (!head) return null;
  const source = await lockLiveSource(tx, head.sourceId, "FOR SHARE");
  if (!source || !(await lockRow(tx, "Claim", id, "FOR UPDATE"))) return null;
  const row = await tx.claim.findFirst({
    where: { id, deletedAt: null },
    select: claimSnapshotSelect,
  });
  return (
    row && {
      ...row,
      reference: source.reference,
      language: source.language,
      sourceText: source.text,
    }
  );
}

/**
 * The passage a stored claim's value is read from: the one of its own source holding the stated
 * words, else its first own passage (so a missing word is reported against the stated words).
 */
export function quotePassage<P extends { sourceId: string; start: number; exact: string }>(
  claim: { sourceId: string; passages: P[] },
  stated: string,
): P | undefined {
  return (
    valuePassage(claim.passages, claim.sourceId, stated) ??
    claim.passages.find((passage) => passage.sourceId === claim.sourceId) ??
    claim.passages[0]
  );
}

/** The claim as the API and pages show it, read inside the writing transaction. */
export async function readClaimRecord(tx: Tx, id: string): Promise<ClaimRecord> {
  return toClaimRecord(
    await tx.claim.findUniqueOrThrow({ where: { id }, select: claimRecordSelect }),
  );
}

/** A version conflict: what the writer read, and the record as it is now. */
export function versionConflict<T>(expected: number, current: ClaimRecord): ClaimResult<T> {
  return fail("version_conflict", "version", conflictMessage(expected, current.version), {
    expected,
    current,
  });
}

async function lockLiveQuestion(tx: Tx, id: string): Promise<QuestionHeader | null> {
  if (!isRecordId(id) || !(await lockRow(tx, "Question", id, "FOR NO KEY UPDATE"))) return null;
  return tx.question.findFirst({ where: { id, deletedAt: null }, select: questionHeaderSelect });
}

function conflictMessage(expected: number, current: number): string {
  return `This claim was changed by someone else after you opened it (you edited version ${expected}; it is now at version ${current}). Nothing was saved.`;
}

function claimNotFound<T>(id: string): ClaimResult<T> {
  return notFound("claim_not_found", "id", id, "claim");
}

function notFound<T>(
  code: "claim_not_found" | "source_not_found" | "question_not_found",
  field: string,
  id: string,
  what: string,
): ClaimResult<T> {
  return fail(code, field, `No ${what} has the id "${id}".`);
}

// Prisma tells "SQL NULL" from "JSON null"; a missing value is a SQL NULL here.
function json(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
