/** The tables a SQL statement reads from or joins, by name (Prisma's "public"."X" or "X"). */
export function tablesRead(statement: string): string[] {
  return [...statement.matchAll(/\b(?:FROM|JOIN)\s+(?:"public"\.)?"(\w+)"/gi)].map(
    (match) => match[1]!,
  );
}
