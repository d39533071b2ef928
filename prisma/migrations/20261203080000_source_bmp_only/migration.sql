-- Whether a source's text holds only characters of the Basic Multilingual Plane, where each
-- character is one UTF-16 unit (as passages count) and one character to PostgreSQL: a page that
-- shows passages cuts the text around each by their offsets directly (the comparison's statement
-- in lib/questions/comparison-data.ts, getSourceAround in lib/sources/source-data.ts). A text
-- with characters beyond it (emoji, some historic scripts) is read whole by those pages: cutting
-- it at the right place needs a count of such characters over all the text before the cut,
-- which cost more than reading the whole text (48 ms against 2 ms for a passage near the end of
-- 470 KB). Not in schema.prisma: Prisma cannot declare a generated column.
ALTER TABLE "Source" ADD COLUMN "bmpOnly" boolean GENERATED ALWAYS AS ("text" !~ '[\U00010000-\U0010FFFF]') STORED;
