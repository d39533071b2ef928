// GET /api/v1/questions?subject=&verdict=&cursor=&limit= — questions by stored verdict, most divergent first.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { listQuestions } from "@/lib/questions/question-data";
import { QuestionFilterSchema } from "@/lib/questions/question-schema";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const GET = apiHandler(async (request) => {
  const filter = QuestionFilterSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!filter.success) return validationError(filter.error);
  const page = await listQuestions({
    subjectId: filter.data.subject,
    verdict: filter.data.verdict,
    cursor: filter.data.cursor,
    limit: filter.data.limit,
  });
  return NextResponse.json(page);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
