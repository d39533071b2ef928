import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { ASTRAL_PATTERN } from "@/lib/db/utf16";

/** One version of a source's text as lists show it. */
export interface TextVersionSummary {
  number: number;
  reason: string;
  actorName: string;
  textHash: string;
  createdAt: Date;
  /** Characters (UTF-16 code units) in the text. */
  length: number;
}

export interface TextVersionDetail extends Omit<TextVersionSummary, "length"> {
  text: string;
  pageStarts: number[];
}

/**
 * Every text version of a live source, newest first; null when there is no such source. The
 * lengths are measured in PostgreSQL: a source with many versions of a long text does not send
 * them all to be counted.
 */
export async function listTextVersions(sourceId: string): Promise<TextVersionSummary[] | null> {
  if (!isRecordId(sourceId)) return null;
  const rows = await db.$queryRaw<TextVersionSummary[]>`
    SELECT v.number, v.reason, v."actorName", v."textHash", v."createdAt",
      (char_length(v.text)
        + (SELECT count(*) FROM regexp_matches(v.text, ${ASTRAL_PATTERN}, 'g')))::int AS length
    FROM "SourceTextVersion" v JOIN "Source" s ON s.id = v."sourceId"
    WHERE v."sourceId" = ${sourceId} AND s."deletedAt" IS NULL
    ORDER BY v.number DESC`;
  // A live source always has its first version: none means no such source.
  return rows.length ? rows : null;
}

/** Text version `number` of a live source, or null. */
export async function getTextVersion(
  sourceId: string,
  number: number,
): Promise<TextVersionDetail | null> {
  if (!isRecordId(sourceId) || !Number.isSafeInteger(number)) return null;
  return db.sourceTextVersion.findFirst({
    where: { sourceId, number, source: { deletedAt: null } },
    select: {
      number: true,
      reason: true,
      actorName: true,
      textHash: true,
      createdAt: true,
      text: true,
      pageStarts: true,
    },
  });
}
