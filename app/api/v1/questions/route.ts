// GET /api/v1/questions?subject=&verdict=&order=&cursor=&limit= — questions by stored verdict, most
// divergent first (order=label: A to Z, the order to walk the whole list in while others write);
// ?q=&limit= — questions whose "subject — measure (scope)" has the words, for pickers.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { listQuestions, searchQuestionOptions } from "@/lib/questions/question-data";
import { QuestionFilterSchema } from "@/lib/questions/question-schema";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const GET = apiHandler("read", async (request) => {
  const filter = QuestionFilterSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!filter.success) return validationError(filter.error);
  if (filter.data.q !== undefined)
    return NextResponse.json({
      items: await searchQuestionOptions(filter.data.q, filter.data.limit),
    });
  const page = await listQuestions({
    subjectId: filter.data.subject,
    verdict: filter.data.verdict,
    order: filter.data.order,
    cursor: filter.data.cursor,
    limit: filter.data.limit,
  });
  return NextResponse.json(page);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
