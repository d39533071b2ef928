"use client";

import { useState } from "react";
import { Field } from "@/app/_components/form-fields";
import { errorsUnder, type FieldErrors } from "@/lib/forms/form-state";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { useQuestionSearch } from "./use-question-search";
import {
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  type QuestionKind,
} from "@/lib/questions/question-kinds";

export type QuestionChoice =
  // kind: known when the question came from the server's search rather than the page's list.
  | { mode: "existing"; questionId: string; kind?: QuestionKind }
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

/** Picks the question a claim answers: search the existing ones, or describe a new one. */
export function QuestionPicker({ questions, choice, onChange, errors, allowNew, idPrefix }: Props) {
  const [search, setSearch] = useState("");
  const chosenId = choice.mode === "existing" ? choice.questionId : null;
  const shown = useQuestionSearch(search, questions, chosenId);
  const subjects = [...new Set(shown.map((q) => q.subject.name))];
  const errorsOf = (...fields: string[]) => errorsUnder(errors, ...fields);

  return (
    <div className="space-y-3">
      <Field
        name={`${idPrefix}-question-search`}
        label="Find a question"
        hint="Type part of a subject or measure."
      >
        {(props) => (
          <input
            type="search"
            {...props}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        )}
      </Field>
      <Field
        name={`${idPrefix}-question`}
        label="Question"
        required
        errors={errorsOf("questionId")}
      >
        {(props) => (
          <select
            {...props}
            value={choice.mode === "existing" ? choice.questionId : "new"}
            onChange={(e) =>
              onChange(
                e.target.value === "new"
                  ? NEW_QUESTION
                  : {
                      mode: "existing",
                      questionId: e.target.value,
                      kind: shown.find((q) => q.id === e.target.value)?.kind,
                    },
              )
            }
          >
            {choice.mode === "existing" && !choice.questionId ? (
              <option value="">— choose a question —</option>
            ) : null}
            {subjects.map((subject) => {
              const inSubject = shown.filter((q) => q.subject.name === subject);
              return inSubject.length === 0 ? null : (
                <optgroup key={subject} label={subject}>
                  {inSubject.map((q) => (
                    <option key={q.id} value={q.id}>
                      {questionLabel(q, false)}
                    </option>
                  ))}
                </optgroup>
              );
            })}
            {allowNew ? <option value="new">＋ A new question…</option> : null}
          </select>
        )}
      </Field>
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

/** "Armenians killed — whole event", with the subject in front when asked for. */
export function questionLabel(question: QuestionHeader, withSubject: boolean): string {
  const measure = question.scope ? `${question.measure} — ${question.scope}` : question.measure;
  return withSubject ? `${question.subject.name}: ${measure}` : measure;
}

/** The kind of the chosen question, or of the one being described. */
export function kindOf(choice: QuestionChoice, questions: QuestionHeader[]): QuestionKind {
  if (choice.mode === "new") return choice.kind;
  return choice.kind ?? questions.find((q) => q.id === choice.questionId)?.kind ?? "count";
}

/** The question part of a claim input: an id, or the new question's description. */
export function questionInput(choice: QuestionChoice) {
  if (choice.mode === "existing") return { questionId: choice.questionId };
  const { subject, measure, kind, scope, unit } = choice;
  return { question: { subject, measure, kind, scope, unit } };
}
