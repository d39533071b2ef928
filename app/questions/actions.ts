"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { trashEmptyQuestion } from "@/lib/questions/question-trash";

/** Deletes a question no claim answers any more, then shows the question list. */
export async function deleteQuestionAction(questionId: string): Promise<void> {
  const result = await trashEmptyQuestion(questionId);
  revalidatePath("/", "layout");
  redirect(result === "has_claims" ? `/questions/${questionId}` : "/questions");
}
