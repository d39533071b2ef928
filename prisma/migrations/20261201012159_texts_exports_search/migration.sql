-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('recorded', 'unchanged', 'moved', 'reanchored', 'orphaned');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "accessed" DATE,
ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "textVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'recorded',
ADD COLUMN     "page" INTEGER,
ADD COLUMN     "previousExact" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "textVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SourceTextVersion" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceTextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceOriginal" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "textVersion" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "SourceOriginal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitationStyle" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitationStyle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceTextVersion_sourceId_number_key" ON "SourceTextVersion"("sourceId", "number");

-- CreateIndex
CREATE INDEX "SourceOriginal_sourceId_idx" ON "SourceOriginal"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_sourceId_key_key" ON "SuggestionDismissal"("sourceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CitationStyle_name_key" ON "CitationStyle"("name");

-- AddForeignKey
ALTER TABLE "SourceTextVersion" ADD CONSTRAINT "SourceTextVersion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceOriginal" ADD CONSTRAINT "SourceOriginal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing source's text becomes its version 1 (written by hand: Prisma's diff knows no data).
INSERT INTO "SourceTextVersion" ("id", "sourceId", "number", "text", "textHash", "reason", "actorName", "createdAt")
SELECT 'v1_' || "id", "id", 1, "text", "textHash", 'created', 'sample data', "createdAt" FROM "Source";
