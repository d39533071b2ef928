// GET /api/v1/subjects/:id — a subject with its matrix of questions × sources.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound } from "@/app/api/v1/_lib/api-response";
import { getSubjectMatrix } from "@/lib/subjects/subject-data";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const matrix = await getSubjectMatrix(id);
  return matrix ? NextResponse.json(matrix) : notFound("subject", id);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
