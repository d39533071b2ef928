// POST /api/v1/claims — record a claim from a passage of a source.
import { NextResponse } from "next/server";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { claimFailureResponse } from "@/app/api/v1/_lib/claim-failure-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const POST = apiHandler(async (request) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = ClaimInputSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const result = await recordClaim(input.data);
  if (!result.ok) return claimFailureResponse(result.failure);
  return NextResponse.json(result.value, {
    status: 201,
    headers: { Location: `/api/v1/claims/${result.value.id}` },
  });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
