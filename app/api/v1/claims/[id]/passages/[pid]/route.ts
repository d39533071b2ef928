// DELETE /api/v1/claims/:id/passages/:pid — removes one passage of a claim, never its last.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { etagOf, expectedVersion } from "@/app/api/v1/_lib/versions";
import { removeClaimPassage } from "@/lib/claims/passage-data";

type Context = { params: Promise<{ id: string; pid: string }> };

export const DELETE = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id, pid } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await removeClaimPassage(id, pid, { actor, expectedVersion: version.version });
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, { headers: { ETag: etagOf(result.value.version) } });
});

export const { GET, POST, PUT, PATCH, OPTIONS } = otherMethods(["DELETE"]);
