// POST /api/v1/sources/:id/reimport — fetch the source's address again; a changed text is a new version.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { importFailureResponse } from "@/app/api/v1/_lib/import-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { newTextResponse } from "@/app/api/v1/_lib/new-text-response";
import { expectedVersion } from "@/app/api/v1/_lib/versions";
import { reimportSource, type ReimportResult } from "@/lib/sources/reimport-data";
import type { NewTextResult } from "@/lib/sources/text-version-data";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("write", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const version = expectedVersion(request, undefined);
  if (!version.ok) return version.response;
  const result = await reimportSource(id, { actor, expectedVersion: version.version });
  if (result.ok || !isImportRefusal(result))
    return newTextResponse(id, result, version.version, {
      message: "The address still has the same text; nothing changed.",
    });
  return importFailureResponse(result);
});

// A re-import fails in the ways a correction can, and also in the ways a fetch can.
function isImportRefusal(result: ReimportResult): result is Exclude<ReimportResult, NewTextResult> {
  return !result.ok && "message" in result;
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
