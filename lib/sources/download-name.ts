const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "xhtml",
  "application/pdf": "pdf",
  "text/plain": "txt",
  "text/markdown": "md",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/**
 * The file name an original is downloaded under: the uploaded name, else one made from the
 * address; `ascii` is safe inside a quoted Content-Disposition parameter.
 */
export function downloadName(original: {
  fileName: string | null;
  url: string | null;
  contentType: string;
  sha256: string;
}): { full: string; ascii: string } {
  const extension = EXTENSIONS[original.contentType.split(";")[0]!.trim().toLowerCase()] ?? "bin";
  const fromUrl = original.url ? lastSegment(original.url) : "";
  const base = original.fileName ?? (fromUrl || `original-${original.sha256.slice(0, 12)}`);
  const full = /\.[a-z0-9]{1,5}$/i.test(base) ? base : `${base}.${extension}`;
  const ascii = full.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return { full, ascii };
}

function lastSegment(url: string): string {
  try {
    const segment = new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "";
    return decodeURIComponent(segment).replace(/[/\\]/g, "_").slice(0, 100);
  } catch {
    return "";
  }
}
