// GET, DELETE /api/v1/questions/:id — the comparison: claims with passages and sources, verdict.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { expectedVersion } from "@/app/api/v1/_lib/versions";
import { getQuestionComparison } from "@/lib/questions/question-data";
import { trashEmptyQuestion } from "@/lib/questions/question-trash";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const comparison = await getQuestionComparison(id);
  return comparison ? NextResponse.json(comparison) : notFound("question", id);
});

export const DELETE = apiHandler(async (request, { params }: Context) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await trashEmptyQuestion(id, { expectedVersion: version.version });
  if (result === "not_found") return notFound("question", id);
  if (result === "has_claims")
    return apiError(
      409,
      "question_has_claims",
      "This question still has claims; delete or move them first.",
    );
  if (result === "version_conflict")
    return apiError(409, "version_conflict", "This question was changed since that version.");
  return new Response(null, { status: 204 });
});

export const { POST, PUT, PATCH, OPTIONS } = otherMethods(["GET", "DELETE"]);
