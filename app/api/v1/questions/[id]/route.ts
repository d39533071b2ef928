// GET, PATCH, DELETE /api/v1/questions/:id — the comparison: claims with passages and sources, verdict.
import { NextResponse } from "next/server";
import { liveVersion } from "@/lib/history/live-version-data";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { etagOf, expectedVersion, versionRequiredResponse } from "@/app/api/v1/_lib/versions";
import { trashEmptyQuestion } from "@/lib/questions/question-trash";
import { updateQuestion } from "@/lib/questions/question-edit";
import { QuestionUpdateSchema } from "@/lib/questions/question-schema";
import { questionEditResponse } from "@/app/api/v1/_lib/question-edit-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { comparisonAnswer } from "./comparison-answers";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (request, { params }: Context) => {
  const { id } = await params;
  // A client that asks for no-cache gets it built afresh (the held one is as current, though).
  const afresh = /\bno-cache\b/i.test(request.headers.get("cache-control") ?? "");
  const answer = await comparisonAnswer(id, { afresh });
  if (!answer) return notFound("question", id);
  return new NextResponse(answer.json, {
    headers: { "Content-Type": "application/json", ETag: etagOf(answer.version) },
  });
});

export const PATCH = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = QuestionUpdateSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const { version: bodyVersion, ...changes } = input.data;
  const version = expectedVersion(request, bodyVersion);
  if (!version.ok) return version.response;
  if (!version.named)
    return versionRequiredResponse("question", id, await liveVersion("question", id));
  const result = await updateQuestion(id, changes, { actor, expectedVersion: version.version });
  return questionEditResponse(id, result, version.version);
});

export const DELETE = apiHandler("trash", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await trashEmptyQuestion(id, { actor, expectedVersion: version.version });
  if (result === "not_found") return notFound("question", id);
  if (result === "has_claims")
    return apiError(
      409,
      "question_has_claims",
      "This question still has claims; delete or move them first.",
    );
  if (result === "version_conflict")
    return apiError(409, "version_conflict", "This question was changed since that version.");
  return new Response(null, { status: 204 });
});

export const { POST, PUT, OPTIONS } = otherMethods(["GET", "PATCH", "DELETE"]);
