// GET /api/v1/questions?subject=&verdict= — questions with their verdicts, most divergent first.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/http/api-handler";
import { validationError } from "@/lib/http/api-response";
import { listQuestions } from "@/lib/questions/question-data";
import { QuestionFilterSchema } from "@/lib/questions/question-schema";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler(async (request) => {
  const filter = QuestionFilterSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!filter.success) return validationError(filter.error);
  const items = await listQuestions({
    subjectId: filter.data.subject,
    verdict: filter.data.verdict,
  });
  return NextResponse.json({ items });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
