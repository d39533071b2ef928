import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: (props: {
    id: string;
    name: string;
    "aria-invalid": boolean | undefined;
    "aria-describedby": string | undefined;
    required: boolean | undefined;
    className: string;
  }) => ReactNode;
}

const INPUT =
  "block w-full rounded border bg-white px-3 py-2 text-base shadow-sm focus:border-amber-500 focus:outline-none focus:ring-2 focus:ring-amber-200";

/**
 * A labelled control with its hint and its errors, wired for screen readers: the control points at
 * both with aria-describedby, and is marked invalid while it has errors.
 */
export function Field({ name, label, hint, errors, required, children }: FieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {required ? (
          <span aria-hidden className="text-red-700">
            {" "}
            *
          </span>
        ) : (
          <span className="font-normal text-stone-500"> (optional)</span>
        )}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": describedBy,
        required,
        className: `${INPUT} ${errorId ? "border-red-600" : "border-stone-300"}`,
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700" role="alert">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The message at the top of a form that came back with errors. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      {children}
    </div>
  );
}

/** The form's main button; says what is happening while the form is being saved. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:cursor-wait disabled:opacity-60"
    >
      {pending ? "Saving…" : children}
    </button>
  );
}
