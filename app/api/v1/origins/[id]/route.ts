// GET, PATCH /api/v1/origins/:id — one origin (who a figure comes from) and its name.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { originEditResponse } from "@/app/api/v1/_lib/origin-edit-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { etagOf, expectedVersion, versionRequiredResponse } from "@/app/api/v1/_lib/versions";
import { getOrigin, renameOrigin } from "@/lib/origins/origin-edit";
import { OriginRenameSchema } from "@/lib/origins/origin-schema";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id } = await params;
  const origin = await getOrigin(id);
  if (!origin) return notFound("origin", id);
  return NextResponse.json(origin, { headers: { ETag: etagOf(origin.version) } });
});

export const PATCH = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = OriginRenameSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const version = expectedVersion(request, input.data.version);
  if (!version.ok) return version.response;
  if (!version.named)
    return versionRequiredResponse("origin", id, (await getOrigin(id))?.version ?? null);
  const result = await renameOrigin(id, input.data.name, {
    actor,
    expectedVersion: version.version,
  });
  return originEditResponse(id, result, version.version);
});

export const { POST, PUT, DELETE, OPTIONS } = otherMethods(["GET", "PATCH"]);
