import { NextResponse } from "next/server";
import type { QuestionEditResult } from "@/lib/questions/question-edit";
import { apiError, notFound } from "./api-response";
import { etagOf, versionConflictResponse } from "./versions";

/** The answer to a question edit or revert: the question, 404, or 409 with the reason. */
export function questionEditResponse(id: string, result: QuestionEditResult, expected?: number) {
  if (result.ok)
    return NextResponse.json(result.question, {
      headers: { ETag: etagOf(result.question.version) },
    });
  switch (result.code) {
    case "version_conflict":
      return versionConflictResponse("question", expected, result.current);
    case "question_exists":
      return apiError(
        409,
        "question_exists",
        "Another question of this subject already has this measure and scope; move its claims instead.",
      );
    case "no_such_version":
      return apiError(404, "not_found", "This question has no such version.");
    default:
      return notFound("question", id);
  }
}
