import type { NextResponse } from "next/server";
import { apiError, type ApiErrorBody } from "./api-response";

type VersionResult =
  { ok: true; version: number | undefined } | { ok: false; response: NextResponse<ApiErrorBody> };

/**
 * The version a write says it read: the `If-Match` header ("3", W/"3") or a `version` field of
 * the body. Both may be given if they agree; `If-Match: *` names none.
 */
export function expectedVersion(request: Request, bodyVersion: number | undefined): VersionResult {
  const header = request.headers.get("if-match")?.trim();
  if (!header || header === "*") return { ok: true, version: bodyVersion };
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header);
  if (!match)
    return {
      ok: false,
      response: apiError(
        400,
        "bad_if_match",
        `If-Match must name one version, as the ETag gave it (e.g. "3"); got ${JSON.stringify(header.slice(0, 40))}.`,
      ),
    };
  const version = Number(match[1]);
  if (bodyVersion !== undefined && bodyVersion !== version)
    return {
      ok: false,
      response: apiError(
        422,
        "version_mismatch",
        `If-Match names version ${version} but the body says version ${bodyVersion}.`,
      ),
    };
  return { ok: true, version };
}

/** The ETag of a record at this version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** 409: the record changed since the writer read it; both versions are in the body. */
export function versionConflictResponse(
  what: string,
  expected: number | undefined,
  current: { version: number },
) {
  const response = apiError(
    409,
    "version_conflict",
    `This ${what} was changed by someone else since version ${expected}; it is now at version ${current.version}. Nothing was saved: read it again and reapply your change.`,
    { yourVersion: expected, currentVersion: current.version, current },
  );
  response.headers.set("ETag", etagOf(current.version));
  return response;
}
