/** The kinds of document a source can be, in the order forms offer them. */
export const SOURCE_KINDS = [
  "news_article",
  "official_statement",
  "report",
  "book",
  "film",
  "testimony",
  "dataset",
  "other",
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What people read for each kind. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  news_article: "News article",
  official_statement: "Official statement",
  report: "Report",
  book: "Book",
  film: "Film",
  testimony: "Testimony",
  dataset: "Dataset",
  other: "Other",
};
