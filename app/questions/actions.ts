"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteEmptyQuestion } from "@/lib/questions/question-data";

/** Deletes a question no claim answers any more, then shows the question list. */
export async function deleteQuestionAction(questionId: string): Promise<void> {
  const result = await deleteEmptyQuestion(questionId);
  revalidatePath("/", "layout");
  redirect(result === "has_claims" ? `/questions/${questionId}` : "/questions");
}
