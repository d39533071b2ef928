// GET, PATCH, DELETE /api/v1/claims/:id — one claim with its passages, source and origin.
import { NextResponse } from "next/server";
import { deleteClaim, getClaim, updateClaim } from "@/lib/claims/claim-data";
import { ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { apiHandler } from "@/lib/http/api-handler";
import { notFound, validationError } from "@/lib/http/api-response";
import { claimFailureResponse } from "@/lib/http/claim-failure-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const claim = await getClaim(id);
  return claim ? NextResponse.json(claim) : notFound("claim", id);
});

export const PATCH = apiHandler(async (request, { params }: Context) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = ClaimUpdateSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const result = await updateClaim(id, input.data);
  return result.ok ? NextResponse.json(result.value) : claimFailureResponse(result.failure);
});

export const DELETE = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  return (await deleteClaim(id)) ? new Response(null, { status: 204 }) : notFound("claim", id);
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
