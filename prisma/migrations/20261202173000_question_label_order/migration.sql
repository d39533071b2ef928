-- The question list in label order (?order=label: "subject — measure (scope)", A to Z), the
-- order that claims written meanwhile never change, so a walk through every page meets each
-- question once. Without a filter it is read from "Question_live_label_idx" (migration
-- 20261202133000_bounded_editor_reads). These serve it with a subject and with a verdict, read
-- in order and stopped at the page's LIMIT. Partial indexes, so not in schema.prisma.
CREATE INDEX "Question_live_subject_label_idx" ON "Question" ("subjectId", "sortLabel", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Question_live_verdict_label_idx" ON "Question" ("verdictStatus", "sortLabel", "id") WHERE "deletedAt" IS NULL;
