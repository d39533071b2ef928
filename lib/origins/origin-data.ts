import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { nameKey } from "@/lib/naming/name-key";

export interface OriginOption {
  id: string;
  name: string;
  claimCount: number;
}

/** The origin with this name, created on first mention; spelling variants meet in one record. */
export async function upsertOrigin(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const origin = await tx.origin.upsert({
    where: { nameKey: nameKey(name) },
    create: { name: name.trim(), nameKey: nameKey(name) },
    update: {},
    select: { id: true },
  });
  return origin.id;
}

/** Every origin with how many claims cite it, most cited first (for pickers). */
export async function listOrigins(): Promise<OriginOption[]> {
  const rows = await db.origin.findMany({
    select: { id: true, name: true, _count: { select: { claims: true } } },
    orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, name: row.name, claimCount: row._count.claims }));
}
