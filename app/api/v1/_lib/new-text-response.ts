import { NextResponse } from "next/server";
import type { NewTextResult } from "@/lib/sources/text-version-data";
import { apiError, notFound } from "./api-response";
import { etagOf, versionConflictResponse } from "./versions";

/**
 * The answer to a write that made (or did not make) a source's new text version — a correction or
 * a re-import: the source with how its passages came through, or why nothing changed.
 * `sameText` is the refusal when the text is what it was.
 */
export function newTextResponse(
  id: string,
  result: NewTextResult,
  expected: number | undefined,
  sameText: { message: string; fields?: Record<string, string[]> },
) {
  if (result.ok)
    return NextResponse.json(
      { ...result.source, anchors: result.anchors },
      { headers: { ETag: etagOf(result.source.version) } },
    );
  switch (result.code) {
    case "not_found":
      return notFound("source", id);
    case "version_conflict":
      return versionConflictResponse("source", expected, result.current);
    case "same_text":
      return apiError(
        422,
        "same_text",
        sameText.message,
        sameText.fields ? { fields: sameText.fields } : undefined,
      );
    case "duplicate_text":
      return apiError(
        409,
        "duplicate_text",
        `This text is already in the library as “${result.duplicateOf.title}”.`,
        { existing: { ...result.duplicateOf, href: `/api/v1/sources/${result.duplicateOf.id}` } },
      );
  }
}
