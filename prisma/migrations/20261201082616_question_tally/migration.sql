-- CreateTable
CREATE TABLE "QuestionTally" (
    "slot" INTEGER NOT NULL,
    "diverge" INTEGER NOT NULL DEFAULT 0,
    "agree" INTEGER NOT NULL DEFAULT 0,
    "single" INTEGER NOT NULL DEFAULT 0,
    "none" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionTally_pkey" PRIMARY KEY ("slot")
);

-- Eight slots: a transaction adds its changes to one of them (its transaction id modulo 8), so
-- two writers wait on each other only when they fall on the same slot.
INSERT INTO "QuestionTally" ("slot") SELECT generate_series(0, 7);

-- Counts every live question again into slot 0 and zeroes the others: the backfill below, and
-- the repair after a bulk load made with the trigger disabled (bench/scale) or after
-- `npm run verdicts:check -- --fix` finds the totals wrong.
CREATE FUNCTION crosscheck_recount_question_tally() RETURNS void LANGUAGE sql AS $$
  UPDATE "QuestionTally" t SET
    "diverge" = CASE WHEN t."slot" = 0 THEN c."diverge" ELSE 0 END,
    "agree" = CASE WHEN t."slot" = 0 THEN c."agree" ELSE 0 END,
    "single" = CASE WHEN t."slot" = 0 THEN c."single" ELSE 0 END,
    "none" = CASE WHEN t."slot" = 0 THEN c."none" ELSE 0 END
  FROM (
    SELECT
      count(*) FILTER (WHERE "verdictStatus" = 'diverge')::int AS "diverge",
      count(*) FILTER (WHERE "verdictStatus" = 'agree')::int AS "agree",
      count(*) FILTER (WHERE "verdictStatus" = 'single')::int AS "single",
      count(*) FILTER (WHERE "verdictStatus" = 'none')::int AS "none"
    FROM "Question" WHERE "deletedAt" IS NULL
  ) c
$$;

SELECT crosscheck_recount_question_tally();

-- One question's change to the totals: -1 for the verdict it had if it was live, +1 for the one
-- it has if it is live. OLD and NEW are the row as that statement left it, so a question written
-- twice in one transaction adds up right.
-- The body is an escaped string with \073 for each semicolon: the migration runner splits a
-- script at semicolons, quoted or not, and a PL/pgSQL body needs them.
CREATE FUNCTION crosscheck_tally_question() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE
  was text\073
  is_now text\073
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."deletedAt" IS NULL THEN was := OLD."verdictStatus"::text\073 END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."deletedAt" IS NULL THEN is_now := NEW."verdictStatus"::text\073 END IF\073
  IF was IS NOT DISTINCT FROM is_now THEN RETURN NULL\073 END IF\073
  UPDATE "QuestionTally" SET
    "diverge" = "diverge" + (CASE is_now WHEN ''diverge'' THEN 1 ELSE 0 END)
      - (CASE was WHEN ''diverge'' THEN 1 ELSE 0 END),
    "agree" = "agree" + (CASE is_now WHEN ''agree'' THEN 1 ELSE 0 END)
      - (CASE was WHEN ''agree'' THEN 1 ELSE 0 END),
    "single" = "single" + (CASE is_now WHEN ''single'' THEN 1 ELSE 0 END)
      - (CASE was WHEN ''single'' THEN 1 ELSE 0 END),
    "none" = "none" + (CASE is_now WHEN ''none'' THEN 1 ELSE 0 END)
      - (CASE was WHEN ''none'' THEN 1 ELSE 0 END)
  WHERE "slot" = (txid_current() % 8)::int\073
  RETURN NULL\073
END';

-- Deferred to the commit: a transaction takes its slot's lock last, after every other lock it
-- needs, and only that one row, so no two writers can deadlock over the totals.
CREATE CONSTRAINT TRIGGER "Question_tally"
  AFTER INSERT OR UPDATE OF "deletedAt", "verdictStatus" OR DELETE ON "Question"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION crosscheck_tally_question();
