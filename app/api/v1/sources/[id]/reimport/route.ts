// POST /api/v1/sources/:id/reimport — fetch the source's address again; a changed text is a new version.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, notFound } from "@/app/api/v1/_lib/api-response";
import { importFailureResponse } from "@/app/api/v1/_lib/import-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { etagOf, expectedVersion, versionConflictResponse } from "@/app/api/v1/_lib/versions";
import { reimportSource } from "@/lib/sources/reimport-data";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await reimportSource(id, { actor, expectedVersion: version.version });
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
      return apiError(422, "same_text", "The address still has the same text; nothing changed.");
    case "duplicate_text":
      return apiError(
        409,
        "duplicate_text",
        `The new text is already in the library as “${result.duplicateOf.title}”.`,
        {
          existing: { ...result.duplicateOf, href: `/api/v1/sources/${result.duplicateOf.id}` },
        },
      );
    default:
      return importFailureResponse(result);
  }
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
