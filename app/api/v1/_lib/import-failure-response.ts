import type { ImportFailure } from "@/lib/sources/import-source-data";
import { apiError } from "./api-response";

// The editor's to fix (422), the site's (502), too slow (504), too big (413), wrong type (415).
const STATUS: Record<string, number> = {
  connection_failed: 502,
  http_status: 502,
  redirect_loop: 502,
  too_many_redirects: 502,
  timeout: 504,
  too_large: 413,
  unsupported_content_type: 415,
  document_changed: 409,
  duplicate_text: 409,
};

/** An import refused or not saved, as the API answers it. */
export function importFailureResponse(
  failure: ImportFailure | { ok: false; code: string; message: string },
) {
  const { ok: _ok, code, message, ...details } = failure;
  const extra =
    "duplicateOf" in details
      ? {
          existing: {
            ...details.duplicateOf,
            href: `/api/v1/sources/${details.duplicateOf.id}`,
          },
        }
      : details;
  return apiError(STATUS[code] ?? 422, code, message, extra);
}
