"use client";

import { useState } from "react";
import { Field } from "@/app/_components/form-fields";
import { questionLabel } from "@/app/_components/question-label";
import { errorsUnder, type FieldErrors } from "@/lib/forms/form-state";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { useQuestionSearch } from "./use-question-search";
import {
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  type QuestionKind,
} from "@/lib/questions/question-kinds";

export type QuestionChoice =
  // The question comes along: one found by the server's search, or named by a suggested figure,
  // is not in the page's list, and its label, kind and measure are still needed.
  | { mode: "existing"; questionId: string; question?: QuestionHeader }
  | {
      mode: "new";
      subject: string;
      measure: string;
      kind: QuestionKind;
      scope: string;
      unit: string;
    };

export const NEW_QUESTION: QuestionChoice = {
  mode: "new",
  subject: "",
  measure: "",
  kind: "count",
  scope: "",
  unit: "",
};

interface Props {
  questions: QuestionHeader[];
  choice: QuestionChoice;
  onChange: (choice: QuestionChoice) => void;
  errors: FieldErrors;
  /** false on the claim page: a saved claim moves between existing questions only. */
  allowNew: boolean;
  idPrefix: string;
}

const NEW = "new";

/**
 * Picks the question a claim answers: type in the search and press Enter for the first match
 * (arrow keys move through them), or click one; or describe a new question. Each question reads
 * "subject — measure (scope)", so a dozen subjects' "date" questions can be told apart.
 */
export function QuestionPicker({ questions, choice, onChange, errors, allowNew, idPrefix }: Props) {
  const [search, setSearch] = useState("");
  const [active, setActive] = useState(0);
  // The server searches every question as the editor types; the page carries only the first few.
  const chosen = chosenQuestion(choice, questions);
  const shown = useQuestionSearch(search, questions, chosen);
  const options = [...shown.map((q) => q.id), ...(allowNew ? [NEW] : [])];
  const activeId = options[Math.min(active, options.length - 1)];
  const subjects = [...new Set(questions.map((q) => q.subject.name))];
  const errorsOf = (...fields: string[]) => errorsUnder(errors, ...fields);
  const listId = `${idPrefix}-question-list`;
  const questionErrors = errorsOf("questionId");

  function pick(id: string | undefined) {
    if (!id) return;
    onChange(
      id === NEW
        ? NEW_QUESTION
        : { mode: "existing", questionId: id, question: shown.find((q) => q.id === id) },
    );
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label
          htmlFor={`field-${idPrefix}-question-search`}
          className="block text-sm font-medium text-stone-800"
        >
          Find a question
        </label>
        <p id={`${idPrefix}-question-search-hint`} className="text-sm text-stone-600">
          Type part of a subject or measure, then Enter picks the first match (arrows move).
        </p>
        <input
          id={`field-${idPrefix}-question-search`}
          type="search"
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId ? `${listId}-${activeId}` : undefined}
          aria-describedby={`${idPrefix}-question-search-hint`}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              const step = e.key === "ArrowDown" ? 1 : -1;
              setActive((i) => (i + step + options.length) % Math.max(1, options.length));
            } else if (e.key === "Enter") {
              e.preventDefault();
              pick(activeId);
            }
          }}
          className="block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-amber-500 focus:ring-2 focus:ring-amber-200 focus:outline-none"
        />
      </div>
      <div className="space-y-1">
        <p id={`${idPrefix}-question-label`} className="text-sm font-medium text-stone-800">
          Question{" "}
          <span aria-hidden className="text-red-700">
            *
          </span>
          {": "}
          <span
            id={`field-${idPrefix}-question`}
            tabIndex={-1}
            aria-invalid={questionErrors.length ? true : undefined}
            aria-describedby={questionErrors.length ? `${idPrefix}-question-error` : undefined}
            className="font-normal"
          >
            {chosen
              ? questionLabel(chosen)
              : choice.mode === "new"
                ? "a new question (below)"
                : "none chosen yet"}
          </span>
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={`${idPrefix}-question-label`}
          className={`max-h-48 overflow-y-auto rounded border bg-white text-sm ${questionErrors.length ? "border-red-600" : "border-stone-300"}`}
        >
          {options.length === 0 ? (
            <li className="px-3 py-2 text-stone-600">No question matches “{search}”.</li>
          ) : null}
          {options.map((id) => {
            const question = shown.find((q) => q.id === id);
            const selected =
              id === NEW
                ? choice.mode === "new"
                : choice.mode === "existing" && choice.questionId === id;
            return (
              <li
                key={id}
                id={`${listId}-${id}`}
                role="option"
                aria-selected={selected}
                onClick={() => pick(id)}
                className={`cursor-pointer px-3 py-2 ${id === activeId ? "bg-amber-100" : ""} ${selected ? "font-semibold" : ""}`}
              >
                {question ? questionLabel(question) : "+ A new question…"}
              </li>
            );
          })}
        </ul>
        {questionErrors.length ? (
          <p
            id={`${idPrefix}-question-error`}
            role="alert"
            className="text-sm font-medium text-red-700"
          >
            {questionErrors.join(" ")}
          </p>
        ) : null}
      </div>
      {choice.mode === "new" ? (
        <fieldset className="space-y-3 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">New question</legend>
          <Field
            name={`${idPrefix}-subject`}
            label="Subject"
            required
            hint="An event, place or organisation, e.g. Sumgait pogrom."
            errors={errorsOf("question.subject")}
          >
            {(props) => (
              <>
                <input
                  type="text"
                  list={`${idPrefix}-subjects`}
                  {...props}
                  value={choice.subject}
                  onChange={(e) => onChange({ ...choice, subject: e.target.value })}
                />
                <datalist id={`${idPrefix}-subjects`}>
                  {subjects.map((subject) => (
                    <option key={subject} value={subject} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field
            name={`${idPrefix}-measure`}
            label="Measure"
            required
            hint="What is counted or dated, e.g. Armenians killed."
            errors={errorsOf("question.measure")}
          >
            {(props) => (
              <input
                type="text"
                {...props}
                value={choice.measure}
                onChange={(e) => onChange({ ...choice, measure: e.target.value })}
              />
            )}
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name={`${idPrefix}-kind`} label="Kind" errors={errorsOf("question.kind")}>
              {(props) => (
                <select
                  {...props}
                  value={choice.kind}
                  onChange={(e) => onChange({ ...choice, kind: e.target.value as QuestionKind })}
                >
                  {QUESTION_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {QUESTION_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              name={`${idPrefix}-scope`}
              label="Scope"
              hint="e.g. whole event, one night"
              errors={errorsOf("question.scope")}
            >
              {(props) => (
                <input
                  type="text"
                  {...props}
                  value={choice.scope}
                  onChange={(e) => onChange({ ...choice, scope: e.target.value })}
                />
              )}
            </Field>
          </div>
          {choice.kind === "quantity" ? (
            <Field name={`${idPrefix}-unit`} label="Unit" errors={errorsOf("question.unit")}>
              {(props) => (
                <input
                  type="text"
                  {...props}
                  value={choice.unit}
                  onChange={(e) => onChange({ ...choice, unit: e.target.value })}
                />
              )}
            </Field>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

/** The existing question chosen, from the choice itself or else the page's list. */
export function chosenQuestion(
  choice: QuestionChoice,
  questions: QuestionHeader[],
): QuestionHeader | null {
  if (choice.mode === "new" || !choice.questionId) return null;
  return choice.question ?? questions.find((q) => q.id === choice.questionId) ?? null;
}

/** The kind of the chosen question, or of the one being described. */
export function kindOf(choice: QuestionChoice, questions: QuestionHeader[]): QuestionKind {
  if (choice.mode === "new") return choice.kind;
  return chosenQuestion(choice, questions)?.kind ?? "count";
}

/** The question part of a claim input: an id, or the new question's description. */
export function questionInput(choice: QuestionChoice) {
  if (choice.mode === "existing") return { questionId: choice.questionId };
  const { subject, measure, kind, scope, unit } = choice;
  return { question: { subject, measure, kind, scope, unit } };
}
