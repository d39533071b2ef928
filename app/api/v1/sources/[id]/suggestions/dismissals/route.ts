// POST /api/v1/sources/:id/suggestions/dismissals — remembers a dismissed suggestion on a source.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { DismissalInputSchema } from "@/lib/suggestions/dismissal-schema";
import { dismissSuggestion } from "@/lib/suggestions/suggestion-data";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = DismissalInputSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const result = await dismissSuggestion(id, input.data.key, actor);
  if (!result.ok) return notFound("source", id);
  return NextResponse.json(
    { sourceId: id, key: input.data.key, dismissed: true },
    { status: result.created ? 201 : 200 },
  );
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
