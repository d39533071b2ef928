import { createHash } from "node:crypto";

/**
 * Names for PostgreSQL prepared statements, one per distinct SQL text. A named statement is
 * parsed and planned once per connection and then only bound and executed: for the short reads
 * that make up most pages, planning was as costly as running (the comparison's one statement:
 * 0.85 ms planning, 1.8 ms execution; named, 0.7–0.9 ms in all).
 *
 * A connection keeps every statement it has prepared until it closes, so the names are bounded:
 * the first `limit` distinct texts get one (the app's queries are a fixed set, bar a few built
 * from a variable number of words); any text after that runs unnamed, as before.
 *
 * Searches always run unnamed. After a few calls PostgreSQL may keep one generic plan for a
 * named statement, made for an average parameter; the cost of a text search or a LIKE depends
 * on the words (one in every passage, or in none), and a generic plan made the sources list's
 * word filter 8× slower at 100,000 claims than planning each call.
 */
export function statementNames(limit = 500): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    if (PLANNED_PER_CALL.test(sql)) return undefined;
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    // The name is the text's digest, so the same text has the same name on every connection,
    // and two texts never share one (pg refuses a name reused for a different text).
    const name = `cc_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;
    names.set(sql, name);
    return name;
  };
}

// Full-text matches, LIKE patterns and pg_trgm's similarity operators.
const PLANNED_PER_CALL = /@@|\bI?LIKE\b|<%|%>|<<%|%>>|similarity\(/i;
