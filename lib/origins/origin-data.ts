import "server-only";
import { db } from "@/lib/db/client";
import { reader } from "@/lib/db/read-client";
import { Prisma } from "@/generated/prisma/client";
import { searchWords } from "@/lib/search/search-query";
import { holdsEveryWord } from "@/lib/search/search-sql";

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
 * suggestions; among origins cited as often, the one cited last first. Claim ids are CUIDs,
 * which begin with their creation time, so the latest are read backwards off the primary key's
 * index, and only the chosen origins' names are then read: bounded work whatever the size of
 * the archive or of the origins table. Any other origin is still found by its name when typed.
 */
export async function listOrigins(limit = 200): Promise<OriginOption[]> {
  // The names are looked up per chosen origin (a subquery per row, never flattened into a join),
  // so the origins table is read by key, not whole.
  return db.$queryRaw<OriginOption[]>`
    SELECT chosen."originId" AS id,
      (SELECT o.name FROM "Origin" o WHERE o.id = chosen."originId") AS name
    FROM (
      SELECT c."originId", count(*) AS uses, max(c.id) AS latest
      FROM (
        SELECT id, "originId" FROM "Claim" WHERE "deletedAt" IS NULL ORDER BY id DESC LIMIT ${RECENT_CLAIMS}
      ) c
      WHERE c."originId" IS NOT NULL
      GROUP BY c."originId"
      ORDER BY uses DESC, latest DESC
      LIMIT ${limit}
    ) chosen
    ORDER BY chosen.uses DESC, name ASC`;
}

/**
 * The origin field's suggestions for what the editor typed: origins whose names hold every word
 * (accents, case and typing marks aside, as the question picker matches), A to Z, at most
 * `limit`; with nothing typed, the origins cited most lately. Served by "Origin_name_trgm_idx".
 */
export async function searchOrigins(query: string, limit: number): Promise<OriginOption[]> {
  const words = searchWords(query).slice(0, 8);
  if (!words.length) return listOrigins(limit);
  return reader().$queryRaw<OriginOption[]>`
    SELECT id, name FROM "Origin"
    WHERE ${holdsEveryWord(Prisma.sql`name`, words)}
    ORDER BY name, id
    LIMIT ${limit}`;
}
