-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('news_article', 'official_statement', 'report', 'book', 'film', 'testimony', 'dataset', 'other');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('year', 'month', 'day');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "authors" TEXT[],
    "url" TEXT,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "kind" "SourceKind" NOT NULL DEFAULT 'other',
    "language" TEXT,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_textHash_key" ON "Source"("textHash");

-- CreateIndex
CREATE INDEX "Source_publishedOn_createdAt_idx" ON "Source"("publishedOn" DESC, "createdAt" DESC);
