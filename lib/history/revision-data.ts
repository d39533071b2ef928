import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/transaction";
import type { Actor } from "./actor";
import { changedFields, type Snapshot } from "./changed-fields";

export type RecordKind = "source" | "question" | "claim" | "origin";
export type RevisionAction = "create" | "update" | "trash" | "restore" | "purge";

export interface RevisionInput {
  kind: RecordKind;
  id: string;
  /** The record's version after the change. */
  version: number;
  action: RevisionAction;
  actor: Actor;
  before: Snapshot | null;
  after: Snapshot | null;
}

/**
 * Appends one change to the history, inside the transaction that makes it, so a change and its
 * record are kept or lost together. (kind, id, version) is unique: two writers that both read
 * version 3 cannot both record version 4.
 */
export async function recordRevision(tx: Tx, input: RevisionInput): Promise<void> {
  await tx.revision.create({
    data: {
      recordKind: input.kind,
      recordId: input.id,
      version: input.version,
      action: input.action,
      actorId: input.actor.id,
      actorName: input.actor.name,
      changed: changedFields(input.before, input.after),
      before: toJson(input.before),
      after: toJson(input.after),
    },
    select: { id: true },
  });
}

function toJson(snapshot: Snapshot | null): Prisma.InputJsonValue | undefined {
  return snapshot === null
    ? undefined
    : (JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue);
}
