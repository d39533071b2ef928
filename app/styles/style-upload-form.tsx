"use client";

import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { useGuardedActionState } from "@/app/_components/use-guarded-action-state";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Upload a .csl file; a file that is not a usable style comes back with the reason. */
export function StyleUploadForm({ action }: { action: Action }) {
  const { state, formAction, pending } = useGuardedActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-xl space-y-4">
      {state.status === "error" && state.message ? <FormAlert>{state.message}</FormAlert> : null}
      <Field
        name="file"
        label="CSL style file"
        hint="A .csl file, for example from the Zotero style repository."
        errors={state.fields.file}
      >
        {(props) => <input type="file" accept=".csl,application/xml,text/xml" {...props} />}
      </Field>
      <Field
        name="name"
        label="Name in addresses (optional)"
        hint="Lower-case letters, digits and hyphens; by default taken from the style's id."
        errors={state.fields.name}
      >
        {(props) => (
          <input
            type="text"
            placeholder="chicago-author-date"
            {...props}
            defaultValue={state.values.name ?? ""}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>Upload style</SubmitButton>
    </form>
  );
}
