import type { Snapshot } from "@/lib/history/changed-fields";
import { formatPublicationIso, fromStored } from "./publication-date";

interface SnapshotRow {
  title: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  publishedOn: Date | null;
  publishedPrecision: "year" | "month" | "day" | null;
  kind: string;
  language: string | null;
  accessed: Date | null;
  archiveUrl: string | null;
  textHash: string;
  textVersion?: number;
  deletedAt: Date | null;
}

/** A source's fields as the history keeps them (the text by its hash and version number). */
export function sourceSnapshot(row: SnapshotRow): Snapshot {
  return {
    title: row.title,
    publisher: row.publisher,
    authors: row.authors,
    url: row.url,
    published:
      row.publishedOn && row.publishedPrecision
        ? formatPublicationIso(fromStored(row.publishedOn, row.publishedPrecision))
        : null,
    kind: row.kind,
    language: row.language,
    accessed: row.accessed ? row.accessed.toISOString().slice(0, 10) : null,
    archiveUrl: row.archiveUrl,
    textHash: row.textHash,
    ...(row.textVersion === undefined ? {} : { textVersion: row.textVersion }),
    trashed: row.deletedAt !== null,
  };
}
