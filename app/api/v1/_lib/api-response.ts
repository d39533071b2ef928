import { NextResponse } from "next/server";
import type { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/form-state";

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: FieldErrors; [detail: string]: unknown };
}

/** A JSON error every API client can rely on: a stable code and a sentence for people. */
export function apiError(
  status: number,
  code: string,
  message: string,
  details: Omit<ApiErrorBody["error"], "code" | "message"> = {},
): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code, message, ...details } }, { status });
}

/** 422 with the schema's complaints, field by field. */
export function validationError(error: z.ZodError): NextResponse<ApiErrorBody> {
  const fields = fieldErrorsOf(error);
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages[0]}`)
    .join("; ");
  return apiError(422, "validation_failed", `The input is not valid. ${summary}`, { fields });
}

/** 404 for an id that names nothing. */
export function notFound(what: string, id: string): NextResponse<ApiErrorBody> {
  return apiError(404, "not_found", `No ${what} has the id "${id}".`);
}
