// GET /api/v1/questions/:id — the comparison: claims with passages and sources, verdict, clusters.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/http/api-handler";
import { notFound } from "@/lib/http/api-response";
import { getQuestionComparison } from "@/lib/questions/question-data";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const comparison = await getQuestionComparison(id);
  return comparison ? NextResponse.json(comparison) : notFound("question", id);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
