import type { NextResponse } from "next/server";
import { MAX_JSON_DEPTH, findUnstorable, jsonDepth } from "@/lib/text/unstorable";
import { apiError, type ApiErrorBody } from "./api-response";

/** Request bodies above this are refused before parsing: 5 MB of text plus JSON escaping room. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

type BodyResult =
  { ok: true; value: unknown } | { ok: false; response: NextResponse<ApiErrorBody> };

/** Reads a JSON body, refusing wrong content types, oversized bodies and malformed JSON with 4xx. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return fail(
      415,
      "unsupported_media_type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return tooLarge(limit);

  const text = await readLimited(request, limit);
  if (text === null) return tooLarge(limit);
  if (text === undefined)
    return fail(400, "malformed_utf8", "The request body is not valid UTF-8 text.");
  if (text.trim() === "")
    return fail(400, "empty_body", "The request body is empty; send a JSON object.");
  // Before parsing: a body of ten thousand brackets must never reach recursive code.
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return {
      ok: false,
      response: apiError(
        422,
        "too_deep",
        `The request body is nested more than ${MAX_JSON_DEPTH} levels deep; no input of this API needs that.`,
        { fields: { body: [`nested more than ${MAX_JSON_DEPTH} levels deep`] } },
      ),
    };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return fail(400, "malformed_json", `The request body is not valid JSON${detail}.`);
  }
  const bad = findUnstorable(value);
  if (bad === null) return { ok: true, value };
  const field = bad.path || "body";
  return {
    ok: false,
    response: apiError(422, "validation_failed", `${field} ${bad.message}.`, {
      fields: { [field]: [bad.message] },
    }),
  };
}

// Counting while reading, rather than trusting Content-Length, also stops chunked uploads. Null
// when over the limit; undefined when the bytes are not UTF-8 (decoding them would replace the
// bad bytes with U+FFFD, and the text would no longer be what was sent).
async function readLimited(request: Request, limit: number): Promise<string | null | undefined> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(concat(chunks, size));
  } catch {
    return undefined;
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function tooLarge(limit: number): BodyResult {
  const mb = Math.round(limit / 1024 / 1024);
  return fail(
    413,
    "body_too_large",
    `The request body is larger than ${mb} MB; a source's text may be at most 5 MB.`,
  );
}

function fail(status: number, code: string, message: string): BodyResult {
  return { ok: false, response: apiError(status, code, message) };
}
