import "server-only";
import type { Tx } from "@/lib/db/transaction";
import { nameKey } from "@/lib/naming/name-key";

/**
 * The subject with this name, created on first mention. Race-safe: the insert does nothing when
 * another transaction has (or is just now creating) the same name, and the select after it then
 * finds that row.
 */
export async function findOrCreateSubject(
  tx: Tx,
  name: string,
): Promise<{ id: string; name: string }> {
  const key = nameKey(name);
  await tx.subject.createMany({
    data: [{ name: name.trim(), nameKey: key }],
    skipDuplicates: true,
  });
  return tx.subject.findUniqueOrThrow({
    where: { nameKey: key },
    select: { id: true, name: true },
  });
}
