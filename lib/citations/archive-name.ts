// Styles print the archive's name beside the copy's address ("Internet Archive (https://…)"),
// so the well-known web archives get the names they go by; any other archive, its host name.
const KNOWN_ARCHIVES: readonly [RegExp, string][] = [
  [/(^|\.)archive\.org$/, "Internet Archive"],
  [/^archive\.(today|ph|is|li|md|vn|fo)$/, "archive.today"],
  [/(^|\.)perma\.cc$/, "Perma.cc"],
  [/(^|\.)webcitation\.org$/, "WebCite"],
  [/(^|\.)ghostarchive\.org$/, "Ghostarchive"],
  [/(^|\.)arquivo\.pt$/, "Arquivo.pt"],
];

/** The name of the web archive an archived copy's address belongs to; null for no address. */
export function archiveNameOf(archiveUrl: string | null): string | null {
  if (!archiveUrl) return null;
  let host: string;
  try {
    host = new URL(archiveUrl).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  return KNOWN_ARCHIVES.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}
