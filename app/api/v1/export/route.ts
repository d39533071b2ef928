// GET /api/v1/export — claims as CSL-JSON, BibTeX, RIS, formatted references, CSV, divergence
// tables or Web Annotations, for claims, questions, subjects or sources.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { CITATION_LOCALES, type CitationLocale } from "@/lib/citations/cite-engine";
import type { CitationStyle } from "@/lib/citations/csl-styles";
import { findStyle } from "@/lib/citations/style-data";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { appUrls } from "@/lib/exports/cited-claim";
import { exportClaims, resolveExport } from "@/lib/exports/export-data";
import { EXPORT_FORMATS } from "@/lib/exports/export-formats";
import { MAX_EXPORT_IDS, readExportRequest } from "@/lib/exports/export-request";
import { byteStream, isStreamed, writeExport, writeReferences } from "@/lib/exports/export-writer";
import { publicOrigin } from "@/lib/http/public-origin";
import { logError } from "@/lib/log";

export const GET = apiHandler("read", async (request) => {
  const url = new URL(request.url);
  const read = readExportRequest(url.searchParams, request.headers.get("accept"));
  if (!read.ok) return apiError(400, read.code, read.message);
  const { format, scope, bom } = read.request;
  const locale = read.request.locale;
  if (locale !== null && !(CITATION_LOCALES as readonly string[]).includes(locale))
    return apiError(
      400,
      "unknown_locale",
      `Use one of the locales ${CITATION_LOCALES.join(", ")}.`,
    );
  let style: CitationStyle | null = null;
  if (!isStreamed(format)) {
    style = await findStyle(read.request.style);
    if (!style)
      return apiError(
        404,
        "unknown_style",
        `There is no citation style "${read.request.style.slice(0, 64)}". GET /api/v1/styles lists them.`,
      );
  }
  const resolved = await resolveExport(scope);
  if (!resolved.ok)
    return apiError(
      404,
      "not_found",
      `No ${resolved.kind} has the id "${resolved.id.slice(0, 64)}".`,
    );
  const urls = appUrls(
    publicOrigin(request.url, request.headers, process.env.CROSSCHECK_PUBLIC_URL),
  );
  const name = `crosscheck-${scope.kind}-${scope.ids.length === 1 ? scope.ids[0] : `${scope.ids.length}`}`;
  const { type, extension } = EXPORT_FORMATS[format];
  const headers = {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}.${extension}"`,
  };
  const claims = exportClaims(resolved, urls);
  if (!isStreamed(format) && style) {
    const selection: CitedClaim[] = [];
    for await (const claim of claims) {
      if (selection.length === MAX_EXPORT_IDS)
        return apiError(
          400,
          "too_many",
          `Formatted references are made for at most ${MAX_EXPORT_IDS} claims; choose fewer, or export BibTeX, RIS or CSL-JSON.`,
        );
      selection.push(claim);
    }
    const text = writeReferences(selection, {
      style,
      ...(locale ? { locale: locale as CitationLocale } : {}),
      html: format === "reference-html",
    });
    return new Response(text, { headers });
  }
  const label = `Crosscheck: passages of ${scope.kind} ${scope.ids.join(", ")}`;
  const chunks = writeExport(
    format as Exclude<typeof format, "reference" | "reference-html">,
    claims,
    {
      bom,
      id: url.toString(),
      label,
    },
  );
  return new Response(byteStream(logged(chunks, url)), { headers });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);

// Once the first bytes are sent the status cannot change: a failure mid-stream is logged and
// cuts the response short, which clients see as an incomplete download.
async function* logged(chunks: AsyncGenerator<string>, url: URL): AsyncGenerator<string> {
  try {
    yield* chunks;
  } catch (error) {
    logError("export.stream", error, { url: url.pathname + url.search });
    throw error;
  }
}
