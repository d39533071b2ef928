/** What a question measures: a count of people or things, a quantity in a unit, or a date. */
export const QUESTION_KINDS = ["count", "quantity", "date"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  count: "Count",
  quantity: "Quantity with a unit",
  date: "Date",
};
