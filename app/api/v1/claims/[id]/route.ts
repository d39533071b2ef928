// GET, PATCH, DELETE /api/v1/claims/:id — one claim with its passages, source and origin.
import { NextResponse } from "next/server";
import { liveVersion } from "@/lib/history/live-version-data";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { etagOf, expectedVersion, versionRequiredResponse } from "@/app/api/v1/_lib/versions";
import { getClaim, updateClaim } from "@/lib/claims/claim-data";
import { ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { trashClaim } from "@/lib/claims/claim-trash";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id } = await params;
  const claim = await getClaim(id);
  if (!claim) return notFound("claim", id);
  return NextResponse.json(claim, { headers: { ETag: etagOf(claim.version) } });
});

export const PATCH = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = ClaimUpdateSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const version = expectedVersion(request, input.data.version);
  if (!version.ok) return version.response;
  if (!version.named) return versionRequiredResponse("claim", id, await liveVersion("claim", id));
  const result = await updateClaim(id, input.data, { actor, expectedVersion: version.version });
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, { headers: { ETag: etagOf(result.value.version) } });
});

export const DELETE = apiHandler("trash", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await trashClaim(id, { actor, expectedVersion: version.version });
  return result.ok ? new Response(null, { status: 204 }) : claimFailureResponse(result.failure);
});

export const { POST, PUT, OPTIONS } = otherMethods(["GET", "PATCH", "DELETE"]);
