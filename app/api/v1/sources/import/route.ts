// POST /api/v1/sources/import — a source from a web address (JSON) or an uploaded file (multipart).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, validationError } from "@/app/api/v1/_lib/api-response";
import { importFailureResponse } from "@/app/api/v1/_lib/import-failure-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { importOptions, type ImportFrom } from "@/lib/sources/import-document";
import { importSource, previewImport } from "@/lib/sources/import-source-data";
import { ImportOptionsSchema, splitImportBody } from "@/lib/sources/import-schema";

export const POST = apiHandler("write", async (request, _context: unknown, actor) => {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const { options: raw, fields } = splitImportBody(body.fields);
  const options = ImportOptionsSchema.safeParse(raw);
  if (!options.success) return validationError(options.error);
  const { address, preview, keep, sha256 } = options.data;
  let from: ImportFrom;
  if (body.file) from = { file: body.file };
  else if (address) from = { address };
  else
    return apiError(422, "validation_failed", "Give a web address (address) or upload a file.", {
      fields: { address: ["give a web address or upload a file"] },
    });

  if (preview) {
    const result = await previewImport(from);
    return result.ok ? NextResponse.json(result.preview) : importFailureResponse(result);
  }
  const result = await importSource(from, { fields, keep, sha256 }, { actor });
  if (!result.ok) return importFailureResponse(result);
  return NextResponse.json(
    { ...result.source, original: result.preview.original },
    { status: 201, headers: { Location: `/api/v1/sources/${result.source.id}` } },
  );
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);

type Upload = { bytes: Uint8Array; name: string | null; type: string | null };
type Body =
  { ok: true; fields: Record<string, unknown>; file?: Upload } | { ok: false; response: Response };

// JSON names an address; a multipart form carries the file in its `file` part, and the other
// parts are fields (authors as one per line, keep as JSON).
async function readBody(request: Request): Promise<Body> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    const json = await readJsonBody(request);
    if (!json.ok) return json;
    if (typeof json.value !== "object" || json.value === null || Array.isArray(json.value))
      return { ok: false, response: apiError(422, "validation_failed", "Send a JSON object.") };
    return { ok: true, fields: json.value as Record<string, unknown> };
  }
  const limit = importOptions().maxBytes + 1024 * 1024;
  if (Number(request.headers.get("content-length") ?? "0") > limit)
    return { ok: false, response: tooLarge(limit) };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return {
      ok: false,
      response: apiError(400, "malformed_form", "The multipart body could not be read."),
    };
  }
  const fields: Record<string, unknown> = {};
  let file: Upload | undefined;
  for (const [key, value] of form) {
    if (typeof value === "string") fields[key] = value;
    else if (key === "file")
      file = {
        bytes: new Uint8Array(await value.arrayBuffer()),
        name: value.name || null,
        type: value.type || null,
      };
  }
  return { ok: true, fields, file };
}

function tooLarge(limit: number) {
  return apiError(
    413,
    "too_large",
    `The upload is larger than ${Math.round(limit / 1024 / 1024)} MB; Crosscheck imports smaller documents.`,
  );
}
