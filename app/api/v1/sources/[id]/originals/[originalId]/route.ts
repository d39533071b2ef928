// GET /api/v1/sources/:id/originals/:originalId — the bytes a source's text was extracted from.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { downloadName } from "@/lib/sources/download-name";
import { getOriginal } from "@/lib/sources/source-original-data";

type Context = { params: Promise<{ id: string; originalId: string }> };

// Always a download, never a page of this site: a saved web page opened here would run its
// scripts with the app's cookies. `nosniff` stops the browser from guessing otherwise, and the
// sandbox CSP makes the document an opaque origin even if it is opened in a tab.
export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id, originalId } = await params;
  const original = await getOriginal(id, originalId);
  if (!original) return apiError(404, "not_found", "This source has no such original.");
  const name = downloadName(original);
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      "Content-Type": original.contentType,
      "Content-Length": String(original.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.full)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
      Digest: `sha-256=${Buffer.from(original.sha256, "hex").toString("base64")}`,
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
