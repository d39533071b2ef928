import "server-only";
import { db } from "@/lib/db/client";

export interface OriginOption {
  id: string;
  name: string;
  claimCount: number;
}

/** The most cited origins (at most `limit`), with how many live claims cite each, for pickers. */
export async function listOrigins(limit = 200): Promise<OriginOption[]> {
  const rows = await db.origin.findMany({
    select: {
      id: true,
      name: true,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
    orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }],
    take: limit,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, claimCount: row._count.claims }));
}
