"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { useGuardedActionState } from "@/app/_components/use-guarded-action-state";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { MAX_TEXT_BYTES, utf8Length } from "@/lib/sources/source-schema";
import { SourceMetadataFields } from "./source-metadata-fields";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  action: Action;
  /** Values of the source being edited; absent when adding one. */
  initial?: Record<string, string>;
  /** Adding a source asks for its text; editing leaves the text alone. */
  withText: boolean;
  submitLabel: string;
}

/** The form to add a source or edit its details; what was typed survives any error. */
export function SourceForm({ action, initial = {}, withText, submitLabel }: Props) {
  const { state, formAction, submit, pending } = useGuardedActionState(action, IDLE);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const errors = { ...state.fields, ...clientErrors };
  const value = (name: string) =>
    (state.status === "error" ? state.values[name] : initial[name]) ?? "";

  // Submitting through a transition (rather than the form's action attribute) keeps React from
  // resetting the fields, so nothing typed is lost when the server sends the form back.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const text = formData.get("text");
    if (typeof text === "string" && utf8Length(text) > MAX_TEXT_BYTES) {
      setClientErrors({ text: ["The text is larger than 5 MB; split it into several sources."] });
      return;
    }
    setClientErrors({});
    submit(formData);
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {initial.version ? <input type="hidden" name="version" value={value("version")} /> : null}
      {state.status === "error" && state.message ? (
        <FormAlert>
          {state.message}
          {state.duplicateOf ? (
            <>
              {" "}
              It is{" "}
              <Link href={`/sources/${state.duplicateOf.id}`} className="font-medium underline">
                {state.duplicateOf.title}
              </Link>
              .
            </>
          ) : null}
        </FormAlert>
      ) : null}

      <SourceMetadataFields value={value} errors={errors} />
      {withText ? (
        <Field
          name="text"
          label="Text"
          required
          hint="Paste the full text. It is stored exactly as pasted, spaces and quotation marks included."
          errors={errors.text}
        >
          {(props) => (
            <textarea
              rows={14}
              {...props}
              className={`${props.className} font-serif`}
              defaultValue={value("text")}
            />
          )}
        </Field>
      ) : null}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
