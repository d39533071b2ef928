-- Reads of editors' and admins' pages that scanned whole tables at 100,000 claims (found by
-- counting sequential scans per page on the benchmark's corpus). Prisma cannot declare partial
-- indexes, so these are not in schema.prisma.

-- The question picker's first choices and a word that most labels contain
-- (searchQuestionOptions: ORDER BY "sortLabel", id LIMIT n over live questions): read in
-- order from here, stopping at the limit, instead of sorting every question.
CREATE INDEX "Question_live_label_idx" ON "Question" ("sortLabel", "id") WHERE "deletedAt" IS NULL;

-- A source's suggestions match its figures against the latest live questions
-- (listSuggestions: ORDER BY "createdAt" DESC LIMIT 1000).
CREATE INDEX "Question_live_created_idx" ON "Question" ("createdAt" DESC) WHERE "deletedAt" IS NULL;

-- The trash lists, one kind at a time, most recently trashed first, and their counts
-- (listTrash: WHERE "deletedAt" IS NOT NULL ORDER BY "deletedAt" DESC, id): they read the
-- trashed rows only, however large the live archive.
CREATE INDEX "Source_trashed_idx" ON "Source" ("deletedAt" DESC, "id") WHERE "deletedAt" IS NOT NULL;
CREATE INDEX "Question_trashed_idx" ON "Question" ("deletedAt" DESC, "id") WHERE "deletedAt" IS NOT NULL;
CREATE INDEX "Claim_trashed_idx" ON "Claim" ("deletedAt" DESC, "id") WHERE "deletedAt" IS NOT NULL;
