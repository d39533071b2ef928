import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/generated/prisma/client";
import type { ClaimRecord, QuestionHeader } from "@/lib/questions/comparison-types";
import { getQuestionHeader, upsertQuestion } from "@/lib/questions/question-data";
import { upsertOrigin } from "@/lib/origins/origin-data";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import { fail, type ClaimResult } from "./claim-failure";
import { claimRecordSelect, toClaimRecord } from "./claim-record";
import type { ClaimInput, ClaimUpdate, ValueOverrideInput } from "./claim-schema";
import { readClaim } from "./read-claim";
import { referenceOf } from "./claim-value";
import { locatePassage } from "./locate-passage";

/**
 * Records a claim: finds its passage in the source, reads its value (or takes the editor's), and
 * stores claim, passage, and any new question, subject or origin in one transaction.
 */
export async function recordClaim(input: ClaimInput): Promise<ClaimResult<ClaimRecord>> {
  const source = await findSource(input.sourceId);
  if (!source)
    return fail("source_not_found", "sourceId", `No source has the id "${input.sourceId}".`);
  let question: QuestionHeader | null = null;
  if (input.questionId) {
    question = await getQuestionHeader(input.questionId);
    if (!question)
      return fail(
        "question_not_found",
        "questionId",
        `No question has the id "${input.questionId}".`,
      );
  }
  const kind = question?.kind ?? (input.question?.kind as QuestionKind);

  const passage = locatePassage(source.text, input.quote);
  if (!passage.ok) return passage;
  const value = readClaim({
    kind,
    quote: passage.value.exact,
    stated: input.stated,
    override: input.value,
    reference: source.reference,
  });
  if (!value.ok) return value;

  const id = await db.$transaction(async (tx) => {
    const questionId = question?.id ?? (await upsertQuestion(tx, input.question!)).id;
    const originId = input.origin ? await upsertOrigin(tx, input.origin) : null;
    const claim = await tx.claim.create({
      data: {
        questionId,
        sourceId: source.id,
        originId,
        stated: value.value.stated,
        parsedValue: json(value.value.parsed),
        override: json(input.value ?? null),
        value: value.value.value as unknown as Prisma.InputJsonValue,
        method: input.method,
        asOf: input.asOf ?? null,
        note: input.note ?? null,
        status: input.status,
        passages: { create: { sourceId: source.id, ...passage.value } },
      },
      select: { id: true },
    });
    return claim.id;
  });
  return { ok: true, value: (await getClaim(id)) as ClaimRecord };
}

/** Changes a claim; its value is read again when its words, question or override change. */
export async function updateClaim(
  id: string,
  input: ClaimUpdate,
): Promise<ClaimResult<ClaimRecord>> {
  if (!isRecordId(id)) return fail("claim_not_found", "id", `No claim has the id "${id}".`);
  const existing = await db.claim.findUnique({
    where: { id },
    select: { ...claimRecordSelect, question: { select: { kind: true } } },
  });
  if (!existing) return fail("claim_not_found", "id", `No claim has the id "${id}".`);
  let kind = existing.question.kind;
  if (input.questionId && input.questionId !== existing.questionId) {
    const question = await getQuestionHeader(input.questionId);
    if (!question)
      return fail(
        "question_not_found",
        "questionId",
        `No question has the id "${input.questionId}".`,
      );
    kind = question.kind;
  }
  const source = await findSource(existing.source.id);
  const quote = existing.passages[0]?.exact ?? "";
  const override =
    input.value !== undefined ? input.value : (existing.override as ValueOverrideInput | null);
  const stated = input.stated ?? existing.stated;
  const value = readClaim({
    kind,
    quote,
    stated,
    override,
    reference: source?.reference ?? null,
  });
  if (!value.ok) return value;

  await db.$transaction(async (tx) => {
    const originId =
      input.origin === undefined
        ? undefined
        : input.origin
          ? await upsertOrigin(tx, input.origin)
          : null;
    await tx.claim.update({
      where: { id },
      data: {
        questionId: input.questionId,
        originId,
        stated: value.value.stated,
        parsedValue: json(value.value.parsed),
        override: json(override),
        value: value.value.value as unknown as Prisma.InputJsonValue,
        method: input.method,
        asOf: input.asOf,
        note: input.note,
        status: input.status,
      },
    });
  });
  return { ok: true, value: (await getClaim(id)) as ClaimRecord };
}

/** Deletes a claim and its passages; false when there was none. */
export async function deleteClaim(id: string): Promise<boolean> {
  if (!isRecordId(id)) return false;
  const { count } = await db.claim.deleteMany({ where: { id } });
  return count > 0;
}

/** One claim with its source, origin and passages, or null. */
export async function getClaim(id: string): Promise<ClaimRecord | null> {
  if (!isRecordId(id)) return null;
  const row = await db.claim.findUnique({ where: { id }, select: claimRecordSelect });
  return row && toClaimRecord(row);
}

/** The claims recorded on one source, with their questions, for the reader's highlights. */
export async function listSourceClaims(sourceId: string) {
  const rows = await db.claim.findMany({
    where: { sourceId },
    select: {
      ...claimRecordSelect,
      question: {
        select: {
          id: true,
          measure: true,
          scope: true,
          kind: true,
          subject: { select: { name: true } },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...toClaimRecord(row), question: row.question }));
}

async function findSource(id: string) {
  if (!isRecordId(id)) return null;
  const row = await db.source.findUnique({
    where: { id },
    select: { id: true, text: true, publishedOn: true, publishedPrecision: true },
  });
  if (!row) return null;
  const published =
    row.publishedOn && row.publishedPrecision
      ? formatPublicationIso(fromStored(row.publishedOn, row.publishedPrecision))
      : null;
  return { id: row.id, text: row.text, reference: referenceOf(published) };
}

// Prisma tells "SQL NULL" from "JSON null"; a missing value is a SQL NULL here.
function json(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
