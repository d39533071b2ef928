// POST /api/v1/claims/:id/revert { version } — bring back an earlier version (If-Match: the one read).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readRevertRequest } from "@/app/api/v1/_lib/revert-request";
import { etagOf } from "@/app/api/v1/_lib/versions";
import { revertClaim } from "@/lib/claims/claim-revert";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const revert = await readRevertRequest(request);
  if (!revert.ok) return revert.response;
  const { target, read } = revert;
  const result = await revertClaim(id, target, {
    actor,
    expectedVersion: read,
  });
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, { headers: { ETag: etagOf(result.value.version) } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
