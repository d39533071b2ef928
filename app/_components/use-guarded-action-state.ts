import { startTransition, useActionState } from "react";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { callAction } from "./call-action";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * `useActionState` for a form that must work with and without script. Without script the form
 * posts to the server action itself (`formAction`), and the page comes back with its state. With
 * script, `submit` sends through `callAction`, so a refused request or a failure comes back as the
 * form with a message on top and what was typed, instead of the error page.
 */
export function useGuardedActionState(action: FormAction, initial: FormState) {
  const [serverState, formAction] = useActionState(action, initial);
  const [clientState, dispatch, pending] = useActionState(
    async (previous: FormState | null, formData: FormData): Promise<FormState | null> => {
      const outcome = await callAction(action, previous ?? serverState, formData);
      if (outcome.ok) return outcome.value;
      return {
        status: "error",
        message: outcome.message,
        fields: {},
        values: typedValues(formData),
      };
    },
    null,
  );
  const submit = (formData: FormData) => startTransition(() => dispatch(formData));
  return { state: clientState ?? serverState, formAction, submit, pending };
}
