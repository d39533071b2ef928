"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { trashEmptyQuestion } from "@/lib/questions/question-trash";
import { idArgument } from "@/lib/forms/action-arguments";

/** Moves a question no claim answers any more to the trash, then shows the question list. */
export async function deleteQuestionAction(questionId: string): Promise<void> {
  if (!idArgument(questionId)) notFound();
  const actor = await requirePagePermission("trash", `/questions/${questionId}`);
  const result = await trashEmptyQuestion(questionId, { actor });
  revalidatePath("/", "layout");
  redirect(result === "has_claims" ? `/questions/${questionId}` : "/questions");
}
