import { NextResponse } from "next/server";
import type { OriginEditResult } from "@/lib/origins/origin-edit";
import { apiError, notFound } from "./api-response";
import { etagOf, versionConflictResponse } from "./versions";

/** The answer to a rename or a merge of an origin: the origin as it now is, or why not. */
export function originEditResponse(
  id: string,
  result: OriginEditResult,
  expected: number | undefined,
) {
  if (result.ok)
    return NextResponse.json(result.origin, { headers: { ETag: etagOf(result.origin.version) } });
  switch (result.code) {
    case "not_found":
      return notFound("origin", id);
    case "same_origin":
      return apiError(422, "same_origin", "An origin cannot be merged into itself.", {
        fields: { into: ["another origin's id"] },
      });
    case "origin_exists":
      return apiError(
        409,
        "origin_exists",
        `Another origin is already called “${result.existing.name}”: merge this one into it instead.`,
        { existing: result.existing },
      );
    case "version_conflict":
      return versionConflictResponse("origin", expected, result.current);
  }
}
