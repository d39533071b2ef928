// POST /api/v1/questions/:id/revert { version } — bring back earlier wording (If-Match: the one read).
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { questionEditResponse } from "@/app/api/v1/_lib/question-edit-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { RevertSchema } from "@/lib/history/revert-schema";
import { expectedVersion } from "@/app/api/v1/_lib/versions";
import { revertQuestion } from "@/lib/questions/question-edit";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = RevertSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const read = expectedVersion(request, undefined);
  if (!read.ok) return read.response;
  const result = await revertQuestion(id, input.data.version, {
    actor,
    expectedVersion: read.version,
  });
  return questionEditResponse(id, result, read.version);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
