// POST /api/v1/sources/:id/revert { version } — bring back earlier metadata (If-Match: the one read).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { RevertSchema } from "@/lib/history/revert-schema";
import { etagOf, expectedVersion, versionConflictResponse } from "@/app/api/v1/_lib/versions";
import { revertSource } from "@/lib/sources/source-revert";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = RevertSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const read = expectedVersion(request, undefined);
  if (!read.ok) return read.response;
  const result = await revertSource(id, input.data.version, {
    actor,
    expectedVersion: read.version,
  });
  if (result.ok)
    return NextResponse.json(result.source, { headers: { ETag: etagOf(result.source.version) } });
  if (result.code === "version_conflict")
    return versionConflictResponse("source", read.version, result.current);
  if (result.code === "no_such_version")
    return apiError(404, "not_found", `This source has no version ${input.data.version}.`);
  return notFound("source", id);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
