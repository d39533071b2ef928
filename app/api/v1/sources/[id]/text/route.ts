// PUT /api/v1/sources/:id/text — a corrected text: a new text version, every passage re-anchored.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { newTextResponse } from "@/app/api/v1/_lib/new-text-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { expectedVersion, versionRequiredResponse } from "@/app/api/v1/_lib/versions";
import { liveVersion } from "@/lib/history/live-version-data";
import { SourceTextSchema } from "@/lib/sources/source-text-schema";
import { setSourceText } from "@/lib/sources/text-version-data";

type Context = { params: Promise<{ id: string }> };

export const PUT = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = SourceTextSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const version = expectedVersion(request, input.data.version);
  if (!version.ok) return version.response;
  if (!version.named) return versionRequiredResponse("source", id, await liveVersion("source", id));
  const result = await setSourceText(
    id,
    { text: input.data.text, reason: "corrected" },
    { actor, expectedVersion: version.version },
  );
  return newTextResponse(id, result, version.version, {
    message: "The text is the same as the current one; nothing changed.",
    fields: { text: ["the text is unchanged"] },
  });
});

export const { GET, POST, PATCH, DELETE, OPTIONS } = otherMethods(["PUT"]);
