// POST /api/v1/claims/:id/revert { version } — bring back an earlier version (If-Match: the one read).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { RevertSchema } from "@/lib/history/revert-schema";
import { etagOf, expectedVersion } from "@/app/api/v1/_lib/versions";
import { revertClaim } from "@/lib/claims/claim-revert";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = RevertSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const read = expectedVersion(request, undefined);
  if (!read.ok) return read.response;
  const result = await revertClaim(id, input.data.version, {
    actor,
    expectedVersion: read.version,
  });
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, { headers: { ETag: etagOf(result.value.version) } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
