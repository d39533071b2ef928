-- CreateEnum
CREATE TYPE "VerdictStatus" AS ENUM ('diverge', 'agree', 'single', 'none');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('source', 'question', 'claim', 'origin');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('create', 'update', 'trash', 'restore', 'purge');

-- DropForeignKey
ALTER TABLE "Question" DROP CONSTRAINT "Question_subjectId_fkey";

-- DropForeignKey
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_questionId_fkey";

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "claimCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clusterCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "divergence" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "originCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sortLabel" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verdictAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "verdictRank" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "verdictStatus" "VerdictStatus" NOT NULL DEFAULT 'none',
ADD COLUMN     "verdictSummary" TEXT NOT NULL DEFAULT 'No published claims yet.',
ADD COLUMN     "verdictVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Origin" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "trashedWith" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "recordKind" "RecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed" TEXT[],
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Revision_at_idx" ON "Revision"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_recordKind_recordId_version_key" ON "Revision"("recordKind", "recordId", "version");

-- CreateIndex
CREATE INDEX "Question_verdictRank_divergence_sortLabel_id_idx" ON "Question"("verdictRank", "divergence" DESC, "sortLabel", "id");

-- CreateIndex
CREATE INDEX "Question_subjectId_verdictRank_divergence_sortLabel_id_idx" ON "Question"("subjectId", "verdictRank", "divergence" DESC, "sortLabel", "id");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: the list order's tie-break for questions that existed before this migration.
UPDATE "Question" q SET "sortLabel" = lower(s."name" || ' — ' || q."measure" || CASE WHEN q."scope" = '' THEN '' ELSE ' (' || q."scope" || ')' END)
FROM "Subject" s WHERE s."id" = q."subjectId";
