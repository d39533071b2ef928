"use client";

import { useActionState } from "react";
import { Field, SubmitButton } from "@/app/_components/form-fields";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { createTokenAction } from "./actions";

/** Names and makes a token, then shows it once, ready to copy. */
export function TokenForm() {
  const [state, action, pending] = useActionState<FormState & { token?: string }, FormData>(
    createTokenAction,
    IDLE,
  );
  return (
    <form action={action} className="space-y-3">
      <Field name="name" label="What the token is for" hint="e.g. “import script”">
        {(props) => <input {...props} type="text" maxLength={100} />}
      </Field>
      <SubmitButton pending={pending}>Make a token</SubmitButton>
      {state.token ? (
        <div
          role="status"
          className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <p className="font-medium">Your new token — copy it now; it is not shown again:</p>
          <code className="block break-all select-all">{state.token}</code>
        </div>
      ) : null}
    </form>
  );
}
