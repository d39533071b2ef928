import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { lockRow, type Tx } from "@/lib/db/transaction";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import { referenceOf } from "./claim-value";
import { readingLanguage } from "./reading-language";

/**
 * Locks a source that is not in the trash and returns what recording a claim needs of it: its
 * text, its publication date as the reference of relative dates, and the language to read it in. Null when there is none.
 * Claim writers take it FOR SHARE (they may run side by side); trashing it takes it FOR UPDATE,
 * so a claim is never recorded on a source as it goes.
 */
export async function lockLiveSource(tx: Tx, id: string, mode: "FOR SHARE" | "FOR UPDATE") {
  if (!isRecordId(id) || !(await lockRow(tx, "Source", id, mode))) return null;
  const row = await tx.source.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      text: true,
      textVersion: true,
      publishedOn: true,
      publishedPrecision: true,
      language: true,
    },
  });
  if (!row) return null;
  const version = await tx.sourceTextVersion.findUnique({
    where: { sourceId_number: { sourceId: row.id, number: row.textVersion } },
    select: { pageStarts: true },
  });
  const published =
    row.publishedOn && row.publishedPrecision
      ? formatPublicationIso(fromStored(row.publishedOn, row.publishedPrecision))
      : null;
  return {
    id: row.id,
    text: row.text,
    textVersion: row.textVersion,
    /** PDF only: where each page begins in the text, for a passage's page. */
    pageStarts: version?.pageStarts ?? [],
    reference: referenceOf(published),
    language: readingLanguage(row.language, row.text),
  };
}
