"use client";

import { useActionState } from "react";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-fields";
import { IDLE } from "@/lib/forms/form-state";
import { ROLES } from "@/lib/history/actor";
import { createUserAction } from "./actions";

/** Email, role and a first password for a new account. */
export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      {state.status === "error" && state.message ? (
        <div className="sm:col-span-2">
          <FormAlert>{state.message}</FormAlert>
        </div>
      ) : null}
      <Field name="email" label="Email" required errors={state.fields.email}>
        {(props) => <input {...props} type="email" defaultValue={state.values.email ?? ""} />}
      </Field>
      <Field name="name" label="Name" errors={state.fields.name}>
        {(props) => <input {...props} type="text" defaultValue={state.values.name ?? ""} />}
      </Field>
      <Field name="role" label="Role" required errors={state.fields.role}>
        {(props) => (
          <select {...props} defaultValue={state.values.role || "editor"}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="First password"
        hint="At least 10 characters; its owner can change it."
        required
        errors={state.fields.password}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>Make the account</SubmitButton>
      </div>
    </form>
  );
}
