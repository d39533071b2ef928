-- Counting live questions, in total and by verdict (the home page, the questions list and its
-- API), read this index alone (an index-only scan of one small column) instead of every row of
-- the table. Prisma cannot declare a partial index, so it is not in schema.prisma.
CREATE INDEX "Question_live_verdictStatus_idx" ON "Question" ("verdictStatus") WHERE "deletedAt" IS NULL;
