import type { NextResponse } from "next/server";
import { apiError, notFound, type ApiErrorBody } from "./api-response";

type VersionResult =
  | { ok: true; version: number | undefined; named: boolean }
  | { ok: false; response: NextResponse<ApiErrorBody> };

/**
 * The version a write says it read: the `If-Match` header ("3", W/"3") or a `version` field of
 * the body. Both may be given if they agree; `If-Match: *` names none, on purpose (`named` is
 * true then too); with neither, `named` is false.
 */
export function expectedVersion(request: Request, bodyVersion: number | undefined): VersionResult {
  const header = request.headers.get("if-match")?.trim();
  if (!header) return { ok: true, version: bodyVersion, named: bodyVersion !== undefined };
  if (header === "*") return { ok: true, version: bodyVersion, named: true };
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
  return { ok: true, version, named: true };
}

/**
 * A write that replaces fields but named no version: 404 when the record is not there, else 428
 * with its current version, so that no client overwrites a change it never saw by forgetting to
 * say what it read. `If-Match: *` is how a client says it means to write on whatever is current.
 */
export function versionRequiredResponse(what: string, id: string, current: number | null) {
  if (current === null) return notFound(what, id);
  const response = apiError(
    428,
    "version_required",
    `Name the version of this ${what} you read: an If-Match header with its ETag ("${current}") or a "version" field. It is now at version ${current}; If-Match: * writes on whatever version is current.`,
    { currentVersion: current },
  );
  response.headers.set("ETag", etagOf(current));
  return response;
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
