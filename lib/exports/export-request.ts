import {
  EXPORT_FORMAT_NAMES,
  formatFromAccept,
  isExportFormat,
  type ExportFormat,
} from "./export-formats";

/** What an export covers: claims by id, or every live claim of questions, subjects or sources. */
export type ExportScope = { kind: "claim" | "question" | "subject" | "source"; ids: string[] };

/** The most ids one export may name. */
export const MAX_EXPORT_IDS = 500;

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  /** For formatted references: a bundled style's name or an uploaded style's name. */
  style: string;
  /** A citation locale (en-US, en-GB, …) for formatted references; the style's own when absent. */
  locale: string | null;
  /** Start a CSV with a UTF-8 byte order mark (Excel). */
  bom: boolean;
}

export type ExportRequestResult =
  | { ok: true; request: ExportRequest }
  | {
      ok: false;
      code: "unknown_format" | "empty_selection" | "too_many" | "invalid";
      message: string;
    };

const SCOPE_KINDS = ["claim", "question", "subject", "source"] as const;

/**
 * Reads an export's query (`format`, `claim`/`claims`, `question`, `subject`, `source` — each
 * repeatable or comma-separated — `style`, `locale`, `bom`) and its Accept header. `?format=`
 * wins over Accept; with neither, CSL-JSON. Exactly one kind of scope may be named.
 */
export function readExportRequest(
  params: URLSearchParams,
  accept: string | null,
): ExportRequestResult {
  const formatParam = params.get("format");
  if (formatParam !== null && !isExportFormat(formatParam))
    return {
      ok: false,
      code: "unknown_format",
      message: `There is no export format "${formatParam.slice(0, 40)}". Use one of: ${EXPORT_FORMAT_NAMES.join(", ")}.`,
    };
  const format: ExportFormat = formatParam ?? formatFromAccept(accept) ?? "csl-json";
  const named = SCOPE_KINDS.map((kind) => ({ kind, ids: idsOf(params, kind) })).filter(
    (scope) => scope.ids.length > 0,
  );
  if (named.length === 0)
    return {
      ok: false,
      code: "empty_selection",
      message: "Name what to export: claim=, question=, subject= or source= with one or more ids.",
    };
  if (named.length > 1)
    return {
      ok: false,
      code: "invalid",
      message:
        "Name one kind of thing to export (claims, questions, subjects or sources), not several.",
    };
  const scope = named[0] as ExportScope;
  if (scope.ids.length > MAX_EXPORT_IDS)
    return {
      ok: false,
      code: "too_many",
      message: `An export names at most ${MAX_EXPORT_IDS} ids; this one names ${scope.ids.length}.`,
    };
  const bom = params.get("bom");
  return {
    ok: true,
    request: {
      format,
      scope,
      style: params.get("style") || "apa",
      locale: params.get("locale") || null,
      bom: bom === "1" || bom === "true",
    },
  };
}

// "claim" also answers to "claims"; every value may hold several ids separated by commas.
function idsOf(params: URLSearchParams, kind: (typeof SCOPE_KINDS)[number]): string[] {
  const values = [...params.getAll(kind), ...params.getAll(`${kind}s`)];
  const ids = values.flatMap((value) => value.split(",")).map((id) => id.trim());
  return [...new Set(ids.filter(Boolean))];
}
