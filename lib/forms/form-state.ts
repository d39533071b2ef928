import type { z } from "zod";

/** Field name → messages, shown beside each field. */
export type FieldErrors = Record<string, string[]>;

/**
 * What a server action hands back to its form: the messages to show, and what was typed, so the
 * form comes back exactly as the person left it.
 */
export interface FormState {
  status: "idle" | "error";
  message?: string;
  fields: FieldErrors;
  values: Record<string, string>;
  /** When the text is already in the library: where it is. */
  duplicateOf?: { id: string; title: string };
}

export const IDLE: FormState = { status: "idle", fields: {}, values: {} };

/**
 * Flattens zod issues into field → messages; issues about the whole object go under "body". Forms
 * want the top-level field ("authors"), API clients the full path ("authors.2").
 */
export function fieldErrorsOf(error: z.ZodError, { topLevel = false } = {}): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = topLevel ? issue.path.slice(0, 1) : issue.path;
    const key = path.length > 0 ? path.join(".") : "body";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * The text fields of a submitted form, to give back to it on error. A server action is a public
 * endpoint: anything but a form (sent by a client other than the page) has no fields.
 */
export function typedValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The messages of the fields named, and of their parts ("value" also gives "value.low"). */
export function errorsUnder(errors: FieldErrors, ...fields: string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => fields.some((field) => key === field || key.startsWith(`${field}.`)))
    .flatMap(([, messages]) => messages);
}
