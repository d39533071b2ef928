-- Search shows passages of live claims only: the claim, its question and its source all out of
-- the trash. Checking that for each candidate took three index lookups on pages of three large
-- tables, which at a million claims was most of a search's time (decision 005). The answer is
-- kept on the passage instead, by the triggers below, in the transaction of the write that
-- changes it. Like the search vectors it is not in schema.prisma: only SQL reads or writes it.
-- Indexes: no new one. A passage's own check reads the claim, question and source by primary key,
-- the triggers find a claim's passages by "Passage_claimId_idx", a source's by
-- "Passage_sourceId_idx", a question's claims by "Claim_questionId_idx", and search keeps finding
-- its candidates by "Passage_searchVector_idx" and the trigram index and filters them on "live".
ALTER TABLE "Passage" ADD COLUMN "live" BOOLEAN NOT NULL DEFAULT true;

-- Whether a passage of this claim in this source is live.
CREATE FUNCTION crosscheck_passage_live(claim_id text, source_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT FROM "Claim" c
    JOIN "Question" q ON q.id = c."questionId" AND q."deletedAt" IS NULL
    JOIN "Source" s ON s.id = source_id AND s."deletedAt" IS NULL
    WHERE c.id = claim_id AND c."deletedAt" IS NULL)
$$;

UPDATE "Passage" SET "live" = crosscheck_passage_live("claimId", "sourceId");

-- A new passage, or one moved to another claim or source, works it out for itself.
-- (Bodies are escaped strings with \073 for each semicolon: the migration runner splits a script
-- at semicolons, quoted or not.)
CREATE FUNCTION crosscheck_passage_set_live() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  NEW."live" := crosscheck_passage_live(NEW."claimId", NEW."sourceId")\073
  RETURN NEW\073
END';

CREATE TRIGGER "Passage_live"
  BEFORE INSERT OR UPDATE OF "claimId", "sourceId" ON "Passage"
  FOR EACH ROW EXECUTE FUNCTION crosscheck_passage_set_live();

-- A claim trashed, restored or moved to another question, a question or a source trashed or
-- restored: the passages it holds, found by the index of the table that fired, worked out again.
-- (A passage whose mark differs has the other mark, so NOT "live" is the one it should have.)
CREATE FUNCTION crosscheck_refresh_passages_live() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE
  ids text[]\073
BEGIN
  IF TG_TABLE_NAME = ''Claim'' THEN
    ids := ARRAY(SELECT id FROM "Passage" WHERE "claimId" = NEW.id)\073
  ELSIF TG_TABLE_NAME = ''Source'' THEN
    ids := ARRAY(SELECT id FROM "Passage" WHERE "sourceId" = NEW.id)\073
  ELSE
    ids := ARRAY(SELECT p.id FROM "Claim" c JOIN "Passage" p ON p."claimId" = c.id
                 WHERE c."questionId" = NEW.id)\073
  END IF\073
  UPDATE "Passage" SET "live" = NOT "live"
  WHERE id = ANY(ids) AND "live" IS DISTINCT FROM crosscheck_passage_live("claimId", "sourceId")\073
  RETURN NULL\073
END';

CREATE TRIGGER "Claim_passages_live"
  AFTER UPDATE OF "deletedAt", "questionId" ON "Claim"
  FOR EACH ROW
  WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."questionId" IS DISTINCT FROM NEW."questionId")
  EXECUTE FUNCTION crosscheck_refresh_passages_live();

CREATE TRIGGER "Question_passages_live"
  AFTER UPDATE OF "deletedAt" ON "Question"
  FOR EACH ROW
  WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION crosscheck_refresh_passages_live();

CREATE TRIGGER "Source_passages_live"
  AFTER UPDATE OF "deletedAt" ON "Source"
  FOR EACH ROW
  WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION crosscheck_refresh_passages_live();
