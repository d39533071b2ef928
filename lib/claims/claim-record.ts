import type { Prisma } from "@/generated/prisma/client";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import type { ValueOverride } from "@/lib/values/types";
import type { ClaimValue } from "./claim-value";

/** The columns every view of a claim reads, in one place so no query forgets one. */
export const claimRecordSelect = {
  id: true,
  questionId: true,
  stated: true,
  value: true,
  parsedValue: true,
  override: true,
  method: true,
  status: true,
  asOf: true,
  note: true,
  origin: { select: { id: true, name: true } },
  source: {
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      publishedPrecision: true,
      kind: true,
    },
  },
  passages: {
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true },
    orderBy: { start: "asc" },
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimRecordSelect }>;

/** A claim row as plain data; values are stored as JSON written by lib/values, read back as such. */
export function toClaimRecord(row: ClaimRow): ClaimRecord {
  const { publishedOn, publishedPrecision, ...source } = row.source;
  return {
    ...row,
    value: row.value as unknown as ClaimValue,
    parsedValue: row.parsedValue as unknown as ClaimValue | null,
    override: row.override as unknown as ValueOverride | null,
    source: {
      ...source,
      published:
        publishedOn && publishedPrecision
          ? formatPublicationIso(fromStored(publishedOn, publishedPrecision))
          : null,
    },
  };
}
