"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/account/actions";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { IDLE } from "@/lib/forms/form-state";

/** Email and password; what was typed in the email field survives a refusal. */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message ? <FormAlert>{state.message}</FormAlert> : null}
      <input type="hidden" name="next" value={state.values.next || next} />
      <Field name="email" label="Email" required>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="username"
            defaultValue={state.values.email ?? ""}
          />
        )}
      </Field>
      <Field name="password" label="Password" required>
        {(props) => <input {...props} type="password" autoComplete="current-password" />}
      </Field>
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
