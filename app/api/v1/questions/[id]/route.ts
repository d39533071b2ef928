// GET /api/v1/questions/:id — the comparison: claims with passages and sources, verdict, clusters.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/http/api-handler";
import { apiError, notFound } from "@/lib/http/api-response";
import { deleteEmptyQuestion, getQuestionComparison } from "@/lib/questions/question-data";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const comparison = await getQuestionComparison(id);
  return comparison ? NextResponse.json(comparison) : notFound("question", id);
});

export const DELETE = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const result = await deleteEmptyQuestion(id);
  if (result === "not_found") return notFound("question", id);
  if (result === "has_claims") {
    return apiError(
      409,
      "question_has_claims",
      "This question still has claims; delete or move them first.",
    );
  }
  return new Response(null, { status: 204 });
});

export const { POST, PUT, PATCH } = otherMethods(["GET", "DELETE"]);
