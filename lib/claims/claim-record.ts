import type { Prisma } from "@/generated/prisma/client";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import type { ValueOverride } from "@/lib/values/types";
import { logError } from "@/lib/log";
import type { ClaimValue } from "./claim-value";
import { readStoredValue, unreadableValue } from "./stored-value";

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
  version: true,
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
    select: {
      id: true,
      sourceId: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
    },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }],
  },
} satisfies Prisma.ClaimSelect;

/** What the snapshot needs of a claim row, beside claimRecordSelect. */
export const claimSnapshotSelect = {
  questionId: true,
  sourceId: true,
  stated: true,
  parsedValue: true,
  override: true,
  value: true,
  origin: { select: { name: true } },
  method: true,
  asOf: true,
  note: true,
  status: true,
  deletedAt: true,
  version: true,
  passages: {
    select: { sourceId: true, start: true, end: true, exact: true, prefix: true, suffix: true },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }],
  },
} satisfies Prisma.ClaimSelect;

/** A claim as claimRecordSelect reads it. */
export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimRecordSelect }>;

/**
 * A claim row as plain data. Values are checked as they are read back: a value this code cannot
 * compare is logged and shown as unreadable, and never takes the page that lists it down.
 */
export function toClaimRecord(row: ClaimRow): ClaimRecord {
  const { publishedOn, publishedPrecision, ...source } = row.source;
  const value = readStoredValue(row.value);
  if (!value)
    logError("claim.unreadable_value", new Error("stored value cannot be read"), {
      claimId: row.id,
    });
  return {
    ...row,
    value: value ?? unreadableValue(typeOf(row.value), row.stated),
    unreadable: value === null,
    parsedValue: readStoredValue(row.parsedValue),
    override: readOverride(row.override),
    source: {
      ...source,
      published:
        publishedOn && publishedPrecision
          ? formatPublicationIso(fromStored(publishedOn, publishedPrecision))
          : null,
    },
  };
}

function typeOf(json: unknown): ClaimValue["type"] {
  return json && typeof json === "object" && (json as { type?: unknown }).type === "date"
    ? "date"
    : "quantity";
}

// An override is the editor's numbers; anything else stored there is dropped from view.
function readOverride(json: unknown): ValueOverride | null {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as ValueOverride) : null;
}
