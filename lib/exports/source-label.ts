import type { CitationSource } from "@/lib/citations/citation-types";
import { formatPublicationDate, parsePublicationDate } from "@/lib/sources/publication-date";

/** A source in a few words for a table cell: "Eduard Polatov (Polatidis), “Title”, 29 February 2024". */
export function sourceLabel(source: CitationSource): string {
  const who = source.authors.length ? source.authors.join(", ") : source.publisher;
  const parsed = source.published ? parsePublicationDate(source.published) : null;
  const when = parsed?.ok ? formatPublicationDate(parsed.date) : null;
  return [who, `“${source.title}”`, when].filter(Boolean).join(", ");
}

/** The address, when it is a web address a link may point to (never javascript: or data:). */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
