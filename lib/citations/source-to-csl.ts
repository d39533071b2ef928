import { archiveNameOf } from "./archive-name";
import type { CitationSource } from "./citation-types";
import { toCslDate } from "./csl-date";
import { CSL_GENRE_BY_KIND, CSL_TYPE_BY_KIND, type CslItem } from "./csl-item";
import { toCslName } from "./csl-name";

/**
 * A source's metadata as a CSL-JSON item (CSL 1.0.2): type from its kind, authors as CSL names,
 * `issued` and `accessed` with their precision, the archived copy as `archive` (the archive's
 * name) and `archive_location` (the copy's address) — CSL 1.0.2 has no variable for an archive
 * URL. A news article's publisher is the newspaper, so it goes to `container-title`, where
 * styles print a periodical's name; a film's authors are its directors.
 */
export function sourceToCsl(source: CitationSource, id: string = source.id): CslItem {
  const names = source.authors.filter((author) => author.trim()).map(toCslName);
  const type = CSL_TYPE_BY_KIND[source.kind];
  const item: CslItem = { id, type, title: source.title };
  if (names.length) item[source.kind === "film" ? "director" : "author"] = names;
  if (source.publisher) {
    if (type === "article-newspaper") item["container-title"] = source.publisher;
    else item.publisher = source.publisher;
  }
  const genre = CSL_GENRE_BY_KIND[source.kind];
  if (genre) item.genre = genre;
  const issued = toCslDate(source.published);
  if (issued) item.issued = issued;
  const accessed = toCslDate(source.accessed);
  if (accessed) item.accessed = accessed;
  if (source.url) item.URL = source.url;
  const archive = archiveNameOf(source.archiveUrl);
  if (archive && source.archiveUrl) {
    item.archive = archive;
    item.archive_location = source.archiveUrl;
  }
  if (source.language) item.language = source.language;
  return item;
}
