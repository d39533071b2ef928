"use client";

import { type FormEvent } from "react";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { useGuardedActionState } from "@/app/_components/use-guarded-action-state";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The corrected text of a source, with the version it was opened on. */
export function TextForm({
  action,
  text,
  version,
}: {
  action: Action;
  text: string;
  version: number;
}) {
  const { state, formAction, submit, pending } = useGuardedActionState(action, IDLE);
  const value = (name: string, fallback: string) =>
    (state.status === "error" ? state.values[name] : undefined) ?? fallback;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="version" value={value("version", String(version))} />
      {state.status === "error" && state.message ? <FormAlert>{state.message}</FormAlert> : null}
      <Field
        name="text"
        label="Text"
        required
        hint="Correct misread words, or cut what is not the article. Passages are moved into the new text; those that cannot be placed are listed for you to review."
        errors={state.fields.text}
      >
        {(props) => (
          <textarea
            rows={24}
            {...props}
            className={`${props.className} font-serif`}
            defaultValue={value("text", text)}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>Save as a new version</SubmitButton>
    </form>
  );
}
