// GET, PATCH, DELETE /api/v1/sources/:id — one source: its metadata and text.
import { NextResponse } from "next/server";
import { liveVersion } from "@/lib/history/live-version-data";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import {
  etagOf,
  expectedVersion,
  versionConflictResponse,
  versionRequiredResponse,
} from "@/app/api/v1/_lib/versions";
import { getSource, updateSource } from "@/lib/sources/source-data";
import { SourceUpdateSchema } from "@/lib/sources/source-schema";
import { trashSource } from "@/lib/sources/source-trash";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id } = await params;
  const source = await getSource(id);
  if (!source) return notFound("source", id);
  return NextResponse.json(source, { headers: { ETag: etagOf(source.version) } });
});

export const PATCH = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = SourceUpdateSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const { version: bodyVersion, ...changes } = input.data;
  const version = expectedVersion(request, bodyVersion);
  if (!version.ok) return version.response;
  if (!version.named) return versionRequiredResponse("source", id, await liveVersion("source", id));
  const result = await updateSource(id, changes, { actor, expectedVersion: version.version });
  if (result.ok)
    return NextResponse.json(result.source, { headers: { ETag: etagOf(result.source.version) } });
  return result.code === "not_found"
    ? notFound("source", id)
    : versionConflictResponse("source", version.version, result.current);
});

export const DELETE = apiHandler("trash", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await trashSource(id, { actor, expectedVersion: version.version });
  if (result === "done") return new Response(null, { status: 204 });
  if (result === "not_found") return notFound("source", id);
  const current = await getSource(id);
  return current
    ? versionConflictResponse("source", version.version, current)
    : notFound("source", id);
});

export const { POST, PUT, OPTIONS } = otherMethods(["GET", "PATCH", "DELETE"]);
