/** The formats an export can be asked for, with what the response says it is. */
export const EXPORT_FORMATS = {
  "csl-json": { type: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" },
  bibtex: { type: "application/x-bibtex; charset=utf-8", extension: "bib" },
  biblatex: { type: "application/x-bibtex; charset=utf-8", extension: "bib" },
  ris: { type: "application/x-research-info-systems; charset=utf-8", extension: "ris" },
  csv: { type: "text/csv; charset=utf-8; header=present", extension: "csv" },
  markdown: { type: "text/markdown; charset=utf-8", extension: "md" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  "web-annotation": {
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "jsonld",
  },
  /** Formatted references in a CSL style (`style=`), as plain text. */
  reference: { type: "text/plain; charset=utf-8", extension: "txt" },
  /** The same as an HTML fragment. */
  "reference-html": { type: "text/html; charset=utf-8", extension: "html" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The format names, for messages and documentation. */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

// Media types a client may name in Accept, and the format each stands for. text/x-bibliography
// is what DOI content negotiation answers with a formatted reference.
const BY_MEDIA_TYPE: Record<string, ExportFormat> = {
  "application/vnd.citationstyles.csl+json": "csl-json",
  "application/citeproc+json": "csl-json",
  "application/x-bibtex": "bibtex",
  "text/x-bibtex": "bibtex",
  "application/x-research-info-systems": "ris",
  "text/csv": "csv",
  "text/markdown": "markdown",
  "text/html": "html",
  "application/ld+json": "web-annotation",
  "text/x-bibliography": "reference",
  "text/plain": "reference",
};

/** Whether `name` is a format an export can be asked for. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * The format an Accept header asks for: the acceptable media type with the highest quality that
 * names a format (ties go to the one listed first); null when none does (a bare *\/* or JSON).
 */
export function formatFromAccept(accept: string | null): ExportFormat | null {
  if (!accept) return null;
  const ranked = accept
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
      const q = params.find((param) => param.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { format: BY_MEDIA_TYPE[type], quality: Number.isNaN(quality) ? 0 : quality, order };
    })
    .filter((entry) => entry.format !== undefined && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked[0]?.format ?? null;
}
