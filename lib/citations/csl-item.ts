import type { SourceKind } from "@/lib/sources/source-kinds";

/** The CSL 1.0.2 item types Crosscheck uses. */
export type CslType =
  "article-newspaper" | "document" | "report" | "book" | "motion_picture" | "interview" | "dataset";

/** A name as CSL-JSON holds it: a parsed person, or a literal (organisations, unparsable names). */
export type CslName =
  | { family: string; given?: string; suffix?: string; "non-dropping-particle"?: string }
  | { literal: string };

/** A CSL date with 1 to 3 date-parts: year, year-month or year-month-day. */
export interface CslDate {
  "date-parts": [[number] | [number, number] | [number, number, number]];
}

/** The part of a CSL-JSON item (CSL 1.0.2 data schema) that Crosscheck writes. */
export interface CslItem {
  id: string;
  type: CslType;
  "citation-key"?: string;
  title: string;
  author?: CslName[];
  director?: CslName[];
  "container-title"?: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  archive?: string;
  archive_location?: string;
  language?: string;
  note?: string;
  custom?: Record<string, unknown>;
}

/**
 * Which CSL type each kind of source is cited as. An official statement is a "document", CSL's
 * type for a text that is none of the others: "report" makes styles print it as a numbered
 * report ("Report No. …", an institution as publisher), "speech" as a talk given at an event;
 * a ministry's press statement is neither. The genre "Statement" then lets APA-like styles add
 * the bracketed description "[Statement]" that APA asks for with unusual formats.
 */
export const CSL_TYPE_BY_KIND: Record<SourceKind, CslType> = {
  news_article: "article-newspaper",
  official_statement: "document",
  report: "report",
  book: "book",
  film: "motion_picture",
  testimony: "interview",
  dataset: "dataset",
  other: "document",
};

/** The genre (a bracketed description in many styles) a kind adds, when its CSL type is vague. */
export const CSL_GENRE_BY_KIND: Partial<Record<SourceKind, string>> = {
  official_statement: "Statement",
};
