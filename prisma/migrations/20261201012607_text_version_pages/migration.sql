-- AlterTable
ALTER TABLE "SourceTextVersion" ADD COLUMN     "pageStarts" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
