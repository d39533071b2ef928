import type { NextResponse } from "next/server";
import { RevertSchema } from "@/lib/history/revert-schema";
import { validationError, type ApiErrorBody } from "./api-response";
import { readJsonBody } from "./read-json-body";
import { expectedVersion } from "./versions";

type RevertRequest =
  | { ok: true; target: number; read: number | undefined }
  | { ok: false; response: NextResponse<ApiErrorBody> };

/** A revert's body and If-Match: the version to bring back, and the version it was made on. */
export async function readRevertRequest(request: Request): Promise<RevertRequest> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const input = RevertSchema.safeParse(body.value);
  if (!input.success) return { ok: false, response: validationError(input.error) };
  const read = expectedVersion(request, undefined);
  if (!read.ok) return read;
  return { ok: true, target: input.data.version, read: read.version };
}
