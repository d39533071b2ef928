"use client";

import { Field } from "@/app/_components/form-fields";
import type { ClaimDraft } from "@/lib/claims/claim-draft";
import type { ReadingContext } from "@/lib/claims/claim-value";
import { CLAIM_METHOD_LABELS, CLAIM_METHODS } from "@/lib/claims/claim-methods";
import { errorsUnder, type FieldErrors } from "@/lib/forms/form-state";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ReferenceDate } from "@/lib/values/types";
import { ORIGINS_OFFERED } from "@/lib/origins/origin-schema";
import { useServerMatches } from "@/app/_components/use-server-matches";
import { ValuePreview } from "./value-preview";

interface Props {
  kind: QuestionKind;
  quote: string;
  reference: ReferenceDate | null;
  draft: ClaimDraft;
  onChange: (draft: ClaimDraft) => void;
  errors: FieldErrors;
  /** The origins cited most lately; others are asked of the server as the editor types. */
  origins: string[];
  /** Prefix for element ids, so two forms on a page never share one. */
  idPrefix: string;
  /** The source's language, the question's measure and the text before the passage. */
  reading?: ReadingContext;
}

/** The fields of a claim after its passage and question: words, value, attribution, status. */
export function ClaimFields({
  kind,
  quote,
  reference,
  draft,
  onChange,
  errors,
  origins,
  idPrefix,
  reading,
}: Props) {
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const errorsOf = (field: string) => errorsUnder(errors, field);
  const name = (field: string) => `${idPrefix}-${field}`;
  const found = useServerMatches<{ name: string }>(
    "/api/v1/origins",
    draft.origin,
    ORIGINS_OFFERED,
  );
  const offered = found && draft.origin.trim() ? found.map((origin) => origin.name) : origins;

  return (
    <>
      <Field
        name={name("stated")}
        label="Stated wording"
        required
        hint="The words of the quote that state the value."
        errors={errorsOf("stated")}
      >
        {(props) => (
          <input
            type="text"
            {...props}
            value={draft.stated}
            onChange={(e) => set("stated", e.target.value)}
          />
        )}
      </Field>
      <ValuePreview
        kind={kind}
        quote={quote}
        draft={draft}
        reference={reference}
        reading={reading}
        onPickStated={(wording) => set("stated", wording)}
      />

      <details
        className="rounded border border-stone-200 bg-stone-50 p-3"
        open={errorsOf("value").length > 0 || undefined}
      >
        <summary className="cursor-pointer text-sm font-medium">Correct the numbers</summary>
        <p className="mt-2 text-sm text-stone-600">
          Your numbers are kept beside what the parser read, and are the ones compared.
        </p>
        {errorsOf("value").length > 0 ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-700">
            {errorsOf("value").join(" ")}
          </p>
        ) : null}
        {kind === "date" ? (
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <Field name={name("first")} label="First possible day">
              {(props) => (
                <input
                  type="date"
                  {...props}
                  value={draft.first}
                  onChange={(e) => set("first", e.target.value)}
                />
              )}
            </Field>
            <Field name={name("last")} label="Last possible day">
              {(props) => (
                <input
                  type="date"
                  {...props}
                  value={draft.last}
                  onChange={(e) => set("last", e.target.value)}
                />
              )}
            </Field>
          </div>
        ) : (
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            <Bound
              label="Lowest"
              value={draft.low}
              exclusive={draft.lowExclusive}
              exclusiveLabel="more than"
              id={name("low")}
              onValue={(v) => set("low", v)}
              onExclusive={(v) => set("lowExclusive", v)}
            />
            <Bound
              label="Highest"
              value={draft.high}
              exclusive={draft.highExclusive}
              exclusiveLabel="fewer than"
              id={name("high")}
              onValue={(v) => set("high", v)}
              onExclusive={(v) => set("highExclusive", v)}
            />
            <Field name={name("best")} label="Best estimate">
              {(props) => (
                <input
                  type="number"
                  step="any"
                  {...props}
                  value={draft.best}
                  onChange={(e) => set("best", e.target.value)}
                />
              )}
            </Field>
          </div>
        )}
      </details>

      <Field
        name={name("origin")}
        label="According to"
        hint="Whom the source attributes the figure to. Leave empty if the source speaks for itself."
        errors={errorsOf("origin")}
      >
        {(props) => (
          <>
            <input
              type="text"
              list={name("origins")}
              {...props}
              value={draft.origin}
              onChange={(e) => set("origin", e.target.value)}
            />
            <datalist id={name("origins")}>
              {offered.map((origin) => (
                <option key={origin} value={origin} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name={name("method")} label="Method" errors={errorsOf("method")}>
          {(props) => (
            <select
              {...props}
              value={draft.method}
              onChange={(e) => set("method", e.target.value as ClaimDraft["method"])}
            >
              {CLAIM_METHODS.map((method) => (
                <option key={method} value={method}>
                  {CLAIM_METHOD_LABELS[method]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name={name("asOf")}
          label="As of"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          errors={errorsOf("asOf")}
        >
          {(props) => (
            <input
              type="text"
              {...props}
              value={draft.asOf}
              onChange={(e) => set("asOf", e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field name={name("note")} label="Editor's note" errors={errorsOf("note")}>
        {(props) => (
          <textarea
            rows={2}
            {...props}
            value={draft.note}
            onChange={(e) => set("note", e.target.value)}
          />
        )}
      </Field>
      <fieldset className="text-sm">
        <legend className="font-medium text-stone-800">Status</legend>
        <div className="mt-1 flex gap-4">
          {(["published", "draft"] as const).map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input
                type="radio"
                name={name("status")}
                value={status}
                checked={draft.status === status}
                onChange={() => set("status", status)}
              />
              {status === "published"
                ? "Published (counts in the verdict)"
                : "Draft (not counted yet)"}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

function Bound(props: {
  label: string;
  id: string;
  value: string;
  exclusive: boolean;
  exclusiveLabel: string;
  onValue: (value: string) => void;
  onExclusive: (value: boolean) => void;
}) {
  return (
    <div className="space-y-1">
      <Field name={props.id} label={props.label}>
        {(field) => (
          <input
            type="number"
            step="any"
            {...field}
            value={props.value}
            onChange={(e) => props.onValue(e.target.value)}
          />
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm text-stone-600">
        <input
          type="checkbox"
          checked={props.exclusive}
          onChange={(e) => props.onExclusive(e.target.checked)}
        />
        {props.exclusiveLabel} (this number excluded)
      </label>
    </div>
  );
}
