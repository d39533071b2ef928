import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";

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

/** Every text version of a live source, newest first; null when there is no such source. */
export async function listTextVersions(sourceId: string): Promise<TextVersionSummary[] | null> {
  if (!isRecordId(sourceId)) return null;
  const source = await db.source.findFirst({
    where: { id: sourceId, deletedAt: null },
    select: {
      textVersions: {
        select: {
          number: true,
          reason: true,
          actorName: true,
          textHash: true,
          createdAt: true,
          text: true,
        },
        orderBy: { number: "desc" },
      },
    },
  });
  return (
    source?.textVersions.map(({ text, ...version }) => ({ ...version, length: text.length })) ??
    null
  );
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
