-- DropIndex
DROP INDEX "Source_publishedOn_createdAt_idx";

-- ——— Written by hand: what schema.prisma cannot express (docs/decisions/005-search-in-postgresql.md). ———

-- Both extensions ship with PostgreSQL contrib and are "trusted": a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could be changed), so indexes cannot use it: naming the
-- dictionary makes the result depend on the arguments alone.
CREATE FUNCTION crosscheck_unaccent(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, t);

-- Lower case and every character that is not a letter or a digit made a space, one character for
-- one, so offsets into the result are offsets into the text (snippets map back onto the original).
-- The builtin pg_c_utf8 collation (PostgreSQL 17+) knows Unicode whatever the locale of the database: in
-- the C locale the text search parser would keep “Sumgait” with its quotation marks and leave
-- Cyrillic capitals as they are.
CREATE FUNCTION crosscheck_search_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(lower(t COLLATE pg_c_utf8), '[^[:alnum:]]', ' ', 'g');

-- The text trigrams compare (typos in names): folded as above and without accents.
CREATE FUNCTION crosscheck_trigram_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN crosscheck_unaccent(crosscheck_search_text(t));

-- One text search configuration per language Crosscheck reads, each removing accents before its
-- stemmer, so "poblacion" finds "población": crosscheck_simple (no stemming) for any other language.
-- Words mixing letters and digits ("Sumqayıt1988", "covid-19") lose their accents too, unstemmed.
CREATE TEXT SEARCH CONFIGURATION crosscheck_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION crosscheck_simple
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION crosscheck_english
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_english
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_spanish (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION crosscheck_spanish
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, spanish_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_spanish
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION crosscheck_french
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, french_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_french
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_italian (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION crosscheck_italian
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, italian_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_italian
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_german (COPY = german);
ALTER TEXT SEARCH CONFIGURATION crosscheck_german
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, german_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_german
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_russian (COPY = russian);
ALTER TEXT SEARCH CONFIGURATION crosscheck_russian
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, russian_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_russian
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION crosscheck_portuguese (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION crosscheck_portuguese
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, portuguese_stem;
ALTER TEXT SEARCH CONFIGURATION crosscheck_portuguese
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;

-- The configuration of the language code of a source ("es", "pt-BR"): simple for the others.
CREATE FUNCTION crosscheck_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE split_part(lower(coalesce(language, '')), '-', 1)
    WHEN 'en' THEN 'crosscheck_english'::regconfig
    WHEN 'es' THEN 'crosscheck_spanish'::regconfig
    WHEN 'fr' THEN 'crosscheck_french'::regconfig
    WHEN 'it' THEN 'crosscheck_italian'::regconfig
    WHEN 'de' THEN 'crosscheck_german'::regconfig
    WHEN 'ru' THEN 'crosscheck_russian'::regconfig
    WHEN 'pt' THEN 'crosscheck_portuguese'::regconfig
    ELSE 'crosscheck_simple'::regconfig
  END;

-- Search vectors, kept by PostgreSQL itself (generated columns) so no write path can forget them.
-- to_tsvector refuses a result whose distinct words exceed 1 MB: a letter or digit is at most
-- 4 bytes and stemming only shortens words, so 200,000 characters of text (plus the 500 of a
-- title, 2,000 of a publisher) stay under it: a source of any length saves, and words beyond its
-- first 200,000 characters are not searchable (its passages still are).
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(crosscheck_search_config("language"), crosscheck_search_text(left("title", 1000))), 'A')
  || setweight(to_tsvector(crosscheck_search_config("language"), crosscheck_search_text(left(coalesce("publisher", ''), 2000))), 'B')
  || setweight(to_tsvector(crosscheck_search_config("language"), crosscheck_search_text(left("text", 200000))), 'D')
) STORED;
-- Passages, subjects and questions do not know their language (that of a passage is the language of its source, which a
-- generated column cannot read): they are short, so the simple configuration plus trigrams serve.
ALTER TABLE "Passage" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('crosscheck_simple', crosscheck_search_text(left("exact", 200000)))
) STORED;
ALTER TABLE "Subject" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('crosscheck_simple', crosscheck_search_text(left("name", 1000))), 'A')
  || setweight(to_tsvector('crosscheck_simple', crosscheck_search_text(left(coalesce("description", ''), 100000))), 'C')
) STORED;
ALTER TABLE "Question" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('crosscheck_simple', crosscheck_search_text(left("sortLabel", 10000)))
) STORED;

-- Full-text search: GIN over each vector.
CREATE INDEX "Source_searchVector_idx" ON "Source" USING gin ("searchVector");
CREATE INDEX "Passage_searchVector_idx" ON "Passage" USING gin ("searchVector");
CREATE INDEX "Subject_searchVector_idx" ON "Subject" USING gin ("searchVector");
CREATE INDEX "Question_searchVector_idx" ON "Question" USING gin ("searchVector");

-- Typos (word_similarity, the <% operator) in the short fields: source titles, passage quotes,
-- subject names and question labels. The question label index also serves the picker
-- LIKE %word% on the folded label (GET /api/v1/questions?q=).
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING gin (crosscheck_trigram_text("title") gin_trgm_ops);
CREATE INDEX "Passage_exact_trgm_idx" ON "Passage" USING gin (crosscheck_trigram_text(left("exact", 2000)) gin_trgm_ops);
CREATE INDEX "Subject_name_trgm_idx" ON "Subject" USING gin (crosscheck_trigram_text("name") gin_trgm_ops);
CREATE INDEX "Question_label_trgm_idx" ON "Question" USING gin (crosscheck_trigram_text("sortLabel") gin_trgm_ops);

-- The sources list: newest publication first, an undated source placed by the day it was added,
-- then the newest added. This index matches the ORDER BY of listSources exactly (expression and
-- directions), so a page is read from the index in order, never a sort of the whole table.
CREATE INDEX "Source_listed_on_idx" ON "Source" ((coalesce("publishedOn", "createdAt"::date)) DESC, "createdAt" DESC, "id" DESC)
  WHERE "deletedAt" IS NULL;
