import "server-only";
import { db } from "@/lib/db/client";

export interface OriginOption {
  id: string;
  name: string;
}

/**
 * How many of the latest live claims are looked at for the origins to suggest. Counting every
 * claim of every origin grows with the archive (a million claims read for one editor's page);
 * the origins cited lately are the ones an editor is likely to cite next.
 */
const RECENT_CLAIMS = 5_000;

/**
 * The origins cited most among the latest live claims (at most `limit`), for the origin field's
 * suggestions. Claim ids are CUIDs, which begin with their creation time, so the latest are
 * read backwards off the primary key's index: bounded work whatever the archive's size. Any
 * other origin is still found by its name when typed.
 */
export async function listOrigins(limit = 200): Promise<OriginOption[]> {
  return db.$queryRaw<OriginOption[]>`
    SELECT o.id, o.name
    FROM (
      SELECT c."originId", count(*) AS uses
      FROM (
        SELECT "originId" FROM "Claim" WHERE "deletedAt" IS NULL ORDER BY id DESC LIMIT ${RECENT_CLAIMS}
      ) c
      WHERE c."originId" IS NOT NULL
      GROUP BY c."originId"
    ) recent
    JOIN "Origin" o ON o.id = recent."originId"
    ORDER BY recent.uses DESC, o.name ASC
    LIMIT ${limit}`;
}
