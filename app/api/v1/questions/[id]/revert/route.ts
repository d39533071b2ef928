// POST /api/v1/questions/:id/revert { version } — bring back earlier wording (If-Match: the one read).
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { questionEditResponse } from "@/app/api/v1/_lib/question-edit-response";
import { readRevertRequest } from "@/app/api/v1/_lib/revert-request";
import { revertQuestion } from "@/lib/questions/question-edit";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const revert = await readRevertRequest(request);
  if (!revert.ok) return revert.response;
  const { target, read } = revert;
  const result = await revertQuestion(id, target, {
    actor,
    expectedVersion: read,
  });
  return questionEditResponse(id, result, read);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
