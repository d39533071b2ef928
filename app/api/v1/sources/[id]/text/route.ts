// PUT /api/v1/sources/:id/text — a corrected text: a new text version, every passage re-anchored.
import { NextResponse } from "next/server";
import { liveVersion } from "@/lib/history/live-version-data";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import {
  etagOf,
  expectedVersion,
  versionConflictResponse,
  versionRequiredResponse,
} from "@/app/api/v1/_lib/versions";
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
  if (result.ok)
    return NextResponse.json(
      { ...result.source, anchors: result.anchors },
      { headers: { ETag: etagOf(result.source.version) } },
    );
  switch (result.code) {
    case "not_found":
      return notFound("source", id);
    case "version_conflict":
      return versionConflictResponse("source", version.version, result.current);
    case "same_text":
      return apiError(
        422,
        "same_text",
        "The text is the same as the current one; nothing changed.",
        {
          fields: { text: ["the text is unchanged"] },
        },
      );
    case "duplicate_text":
      return apiError(
        409,
        "duplicate_text",
        `This text is already in the library as “${result.duplicateOf.title}”.`,
        { existing: { ...result.duplicateOf, href: `/api/v1/sources/${result.duplicateOf.id}` } },
      );
  }
});

export const { GET, POST, PATCH, DELETE, OPTIONS } = otherMethods(["PUT"]);
