import type { QuestionChoice } from "@/app/claims/question-picker";
import type { FieldErrors } from "@/lib/forms/form-state";
import { containsWords } from "@/lib/passages/contains-words";
import type { QuoteLookup } from "./quote-lookup";

/** What the panel checks before it sends anything. */
export interface PanelInput {
  quote: string;
  /** True when the quote comes from a selection (its offsets are known). */
  selected: boolean;
  lookup: QuoteLookup;
  choice: QuestionChoice;
  stated: string;
}

/**
 * Every problem the panel can see on its own, by field, all at once: so a failed save lists them
 * together, and each clears as soon as its field is fixed (the panel checks again as you type).
 */
export function panelErrors(input: PanelInput): FieldErrors {
  const errors: FieldErrors = {};
  const { lookup, choice } = input;
  if (!input.quote.trim()) errors.quote = ["Select or type the words of the passage."];
  else if (!input.selected && lookup.status === "missing")
    errors.quote = ["These words are not in this source's text."];
  else if (!input.selected && lookup.status === "repeated")
    errors.quote = [`These words occur ${lookup.count} times; choose one below.`];
  if (choice.mode === "existing" && !choice.questionId)
    errors.questionId = ["Choose a question, or “+ A new question…”."];
  if (choice.mode === "new" && !choice.subject.trim())
    errors["question.subject"] = ["Name the subject."];
  if (choice.mode === "new" && !choice.measure.trim())
    errors["question.measure"] = ["Say what is counted or dated."];
  const stated = input.stated.trim();
  if (stated && input.quote.trim() && !containsWords(input.quote, stated).ok)
    errors.stated = [
      "The stated words are not in the passage; they must be quoted from it word for word.",
    ];
  return errors;
}
