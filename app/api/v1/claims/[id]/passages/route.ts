// POST /api/v1/claims/:id/passages — adds a passage (of its source or another) to a claim.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { etagOf, expectedVersion } from "@/app/api/v1/_lib/versions";
import { addClaimPassage } from "@/lib/claims/passage-data";
import { PassageInputSchema } from "@/lib/claims/passage-schema";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = PassageInputSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const version = expectedVersion(request, input.data.version);
  if (!version.ok) return version.response;
  const result = await addClaimPassage(id, input.data, { actor, expectedVersion: version.version });
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, {
    status: 201,
    headers: { ETag: etagOf(result.value.version), Location: `/api/v1/claims/${id}` },
  });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
