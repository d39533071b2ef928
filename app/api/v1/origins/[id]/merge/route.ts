// POST /api/v1/origins/:id/merge { into } — every claim citing this origin cites `into` instead.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { originEditResponse } from "@/app/api/v1/_lib/origin-edit-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { expectedVersion } from "@/app/api/v1/_lib/versions";
import { mergeOrigin } from "@/lib/origins/origin-edit";
import { OriginMergeSchema } from "@/lib/origins/origin-schema";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = OriginMergeSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const version = expectedVersion(request, input.data.version);
  if (!version.ok) return version.response;
  const result = await mergeOrigin(id, input.data.into, {
    actor,
    expectedVersion: version.version,
  });
  return originEditResponse(id, result, version.version);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
