import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SearchCursor } from "./search-cursor";
import { HIT_END, HIT_START } from "./snippet";
import type { SearchQuery } from "./search-query";

/**
 * The configurations of migration 20261201012832_search_and_source_order: every language a
 * source may be indexed in. A source's vector holds its own language's stems, and nobody says
 * which language a query is in, so the query is read in each and the readings OR-ed: a Spanish
 * source matches the Spanish reading, an English one the English reading, and a name matches the
 * simple reading in all of them.
 */
const CONFIGS = [
  "crosscheck_simple",
  "crosscheck_english",
  "crosscheck_spanish",
  "crosscheck_french",
  "crosscheck_italian",
  "crosscheck_german",
  "crosscheck_russian",
  "crosscheck_portuguese",
] as const;

/** How close a misspelt query must be to a word of a name (pg_trgm's word_similarity). */
export const TYPO_SIMILARITY = 0.5;

/**
 * The most matches of one kind that are scored. Ranking costs a little per match, so a word found
 * in every passage of a large archive would make the search grow with the archive; past this
 * many, the best of the first ones the index yields are shown (decision 005).
 */
export const RANKED_CANDIDATES = 1000;

/** Only as many characters of a long text as its search vector holds (see the migration). */
export const INDEXED_CHARS = 200_000;

/**
 * `column` (a name or label) holds every one of `words` (from searchWords), accents, case and
 * typing marks aside: one LIKE per word over the folded text, which a trigram index on
 * crosscheck_trigram_text(column) serves. How the pickers and filters match names as people type.
 */
export function holdsEveryWord(column: Prisma.Sql, words: readonly string[]): Prisma.Sql {
  const each = words.map(
    (word) =>
      Prisma.sql`crosscheck_trigram_text(${column}) LIKE '%' || crosscheck_trigram_text(${word}) || '%'`,
  );
  return Prisma.join(each, " AND ");
}

/** The query as a tsquery in every language, for source vectors. */
export function anyLanguageQuery(query: SearchQuery): Prisma.Sql {
  const readings = CONFIGS.map(
    (config) => Prisma.sql`websearch_to_tsquery(${config}::regconfig, ${query.websearch})`,
  );
  return Prisma.sql`(${Prisma.join(readings, " || ")})`;
}

/** The query without stemming, for passages, questions and subjects. */
export function simpleQuery(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('crosscheck_simple'::regconfig, ${query.websearch})`;
}

/** The misspelling-tolerant form of the query, folded as the trigram indexes are. */
export function fuzzyText(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`crosscheck_trigram_text(${query.fuzzy})`;
}

/** `language` (a lower-case code) is the language of `column`, or a variant of it: en finds en-GB. */
export function languageIs(column: Prisma.Sql, language: string): Prisma.Sql {
  return Prisma.sql`(lower(${column}) = ${language} OR lower(${column}) LIKE ${`${language}-%`})`;
}

/** Sets the typo threshold for the transaction the search runs in. */
export function typoThreshold(): Prisma.Sql {
  return Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`;
}

/** Rows after the cursor in "best score first, then id". */
export function afterCursor(cursor: SearchCursor | undefined): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  return Prisma.sql`AND (m.score < ${cursor.score}::float8 OR (m.score = ${cursor.score}::float8 AND m.id > ${cursor.id}))`;
}

const FRAGMENT = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=10, ShortWord=2, MaxFragments=1`;
const WHOLE = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;

/**
 * The columns `marked`, `original`, `cutBefore`, `cutAfter` of a snippet of `field` (see
 * shapeSnippet): ts_headline over the folded text picks the excerpt, and since folding keeps one
 * character for one, the same stretch of the original text is cut out beside it. Each step ends
 * in OFFSET 0 so that the planner keeps it a step: flattened, every use of `folded`, `marked` and
 * `at` became its own copy of the expression, and a text was folded and headlined six times or
 * more (20 ms a row on the benchmark's texts of 2,400 characters, 1.4 ms with the fence).
 */
export function excerptColumns(field: Prisma.Sql, config: Prisma.Sql, query: Prisma.Sql) {
  return Prisma.sql`(
    SELECT json_build_object(
      'marked', h.marked,
      'original', CASE WHEN a.at > 0 THEN substr(f.text, a.at, char_length(p.plain)) END,
      'cutBefore', a.at > 1,
      'cutAfter', a.at = 0 OR a.at + char_length(p.plain) <= char_length(f.text))
    FROM (SELECT left(${field}, ${INDEXED_CHARS}) AS text) f
    CROSS JOIN LATERAL (SELECT crosscheck_search_text(f.text) AS folded OFFSET 0) g
    CROSS JOIN LATERAL (SELECT ts_headline(${config}, g.folded, ${query}, ${FRAGMENT}) AS marked OFFSET 0) h
    CROSS JOIN LATERAL (SELECT replace(replace(h.marked, ${HIT_START}, ''), ${HIT_END}, '') AS plain OFFSET 0) p
    CROSS JOIN LATERAL (SELECT strpos(g.folded, p.plain) AS at OFFSET 0) a
  )`;
}

/** A snippet of a short field (a title, a name), highlighted in full. */
export function wholeColumns(field: Prisma.Sql, config: Prisma.Sql, query: Prisma.Sql) {
  return Prisma.sql`json_build_object(
    'marked', ts_headline(${config}, crosscheck_search_text(${field}), ${query}, ${WHOLE}),
    'original', ${field}, 'cutBefore', false, 'cutAfter', false)`;
}
