"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { callAction } from "./call-action";
import { FormAlert } from "./form-fields";

interface Props {
  /** The server action that deletes, with its ids already bound. */
  action: () => Promise<void>;
  label: string;
  /** Where "Keep it" leads back to. */
  cancelHref: string;
  cancelLabel?: string;
}

/**
 * The two buttons of a deletion's confirmation page. Works without JavaScript (the form posts to
 * the action); with it, a refused or failed delete shows a message here instead of the error page.
 */
export function ConfirmDelete({ action, label, cancelHref, cancelLabel = "Keep it" }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await callAction(action);
          setMessage(outcome.ok ? null : outcome.message);
        });
      }}
      className="space-y-4"
    >
      {message ? <FormAlert>{message}</FormAlert> : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-60"
        >
          {label}
        </button>
        <Link
          href={cancelHref}
          className="rounded border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
        >
          {cancelLabel}
        </Link>
      </div>
    </form>
  );
}
