// GET /api/v1/subjects/:id?after=&limit= — a subject with a page of its matrix of questions ×
// sources: 50 questions by measure and scope (at most 100), `nextCursor` naming the next page's
// `after`, with how many questions the subject has and how many come before this page.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { getSubjectMatrix } from "@/lib/subjects/subject-data";
import { SubjectMatrixQuerySchema } from "@/lib/subjects/subject-schema";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (request, { params }: Context) => {
  const { id } = await params;
  const query = SubjectMatrixQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return validationError(query.error);
  const matrix = await getSubjectMatrix(id, query.data);
  return matrix ? NextResponse.json(matrix) : notFound("subject", id);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
