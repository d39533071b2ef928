// POST /api/v1/sources/:id/revert { version } — bring back earlier metadata (If-Match: the one read).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readRevertRequest } from "@/app/api/v1/_lib/revert-request";
import { etagOf, versionConflictResponse } from "@/app/api/v1/_lib/versions";
import { revertSource } from "@/lib/sources/source-revert";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const revert = await readRevertRequest(request);
  if (!revert.ok) return revert.response;
  const { target, read } = revert;
  const result = await revertSource(id, target, {
    actor,
    expectedVersion: read,
  });
  if (result.ok)
    return NextResponse.json(result.source, { headers: { ETag: etagOf(result.source.version) } });
  if (result.code === "version_conflict")
    return versionConflictResponse("source", read, result.current);
  if (result.code === "no_such_version")
    return apiError(404, "not_found", `This source has no version ${target}.`);
  return notFound("source", id);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
