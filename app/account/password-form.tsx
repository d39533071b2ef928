"use client";

import { useActionState } from "react";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The current password and the new one twice; errors beside the field they concern. */
export function PasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && state.message ? <FormAlert>{state.message}</FormAlert> : null}
      <Field
        name="currentPassword"
        label="Current password"
        required
        errors={state.fields.currentPassword}
      >
        {(props) => <input {...props} type="password" autoComplete="current-password" />}
      </Field>
      <Field
        name="newPassword"
        label="New password"
        hint="At least 10 characters."
        required
        errors={state.fields.newPassword}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <Field name="repeat" label="New password again" required errors={state.fields.repeat}>
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
