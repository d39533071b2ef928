-- Search also finds claims by their stated words ("26 Armenians", "more than thirty") and origins
-- by name ("the Prosecutor's Office"): search vectors and trigram indexes as for the other kinds
-- (migration 20261201012832_search_and_source_order), kept by PostgreSQL itself, and like those
-- not in schema.prisma (only SQL reads them). Both texts are short and say nothing of a
-- language, so the simple configuration serves, with trigrams for typos.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('crosscheck_simple', crosscheck_search_text(left("stated", 2000)))
) STORED;
ALTER TABLE "Origin" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('crosscheck_simple', crosscheck_search_text(left("name", 1000)))
) STORED;

-- Search's candidates of each kind (lib/search/search-kinds.ts: claimsSql, originsSql): the
-- words through the vectors, a misspelt word through the trigrams.
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING gin ("searchVector");
CREATE INDEX "Origin_searchVector_idx" ON "Origin" USING gin ("searchVector");
CREATE INDEX "Claim_stated_trgm_idx" ON "Claim" USING gin (crosscheck_trigram_text(left("stated", 2000)) gin_trgm_ops);
CREATE INDEX "Origin_name_trgm_idx" ON "Origin" USING gin (crosscheck_trigram_text("name") gin_trgm_ops);
