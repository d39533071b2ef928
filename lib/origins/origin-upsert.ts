import "server-only";
import type { Tx } from "@/lib/db/transaction";
import type { Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { nameKey } from "@/lib/naming/name-key";

/**
 * The origin with this name, created (and recorded in the history) on first mention; spelling
 * variants meet in one record. Race-safe like findOrCreateSubject.
 */
export async function findOrCreateOrigin(tx: Tx, name: string, actor: Actor): Promise<string> {
  const key = nameKey(name);
  const created = await tx.origin.createManyAndReturn({
    data: [{ name: name.trim(), nameKey: key }],
    skipDuplicates: true,
    select: { id: true, name: true },
  });
  for (const origin of created)
    await recordRevision(tx, {
      kind: "origin",
      id: origin.id,
      version: 1,
      action: "create",
      actor,
      before: null,
      after: { name: origin.name },
    });
  const origin = await tx.origin.findUniqueOrThrow({
    where: { nameKey: key },
    select: { id: true },
  });
  return origin.id;
}
