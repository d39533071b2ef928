// A comparison's fingerprint: one value that changes whenever anything a comparison page shows
// changes, read for a fraction of what reading the comparison costs, so a rendered comparison
// can be served again for as long as its fingerprint holds (lib/cache/fingerprinted-cache.ts).
//
// It is built from the id and `xmin` of every row the page reads: the question with its subject;
// every claim filed under the question (trashed ones too) with its source and origin; each of
// their passages with the source it sits in; the questions of the same subject and measure under
// another scope (the page links them with their claim counts). `xmin` is the transaction that
// wrote a row's current version: any UPDATE gives the row a new one, whatever made it (the app,
// a script, a trigger), and it never goes back to an earlier value; an insert or delete changes
// the set of rows. Freezing keeps it (PostgreSQL 9.4 and later). Verdicts are stored on the
// question in the transaction of every claim write, so a claim added and purged again still
// leaves the question's row changed.
//
// The other scopes share the question's key up to its last "|" (subject id|measure key|scope
// key). A scope whose key itself holds a "|" would make that prefix too long, and so miss some
// of them: such a question has no fingerprint (its page is never reused). In byte order, the
// keys that start with "…|" are exactly those from "…|" up to (not including) "…}", '}' being
// the character after '|'; the migration question_key_bytes_order indexes keys in that order.

/**
 * The tables whose rows the fingerprint covers: a comparison page or answer that read another
 * table could change without its fingerprint changing (e2e/page-queries.spec.ts checks the page).
 */
export const FINGERPRINTED_TABLES: readonly string[] = [
  "Question",
  "Subject",
  "Claim",
  "Source",
  "Origin",
  "Passage",
];

/** The fingerprint of the question row `q` joined to its subject `s`; NULL when there is none. */
export const FINGERPRINT_OF_QUESTION = `CASE WHEN position('|' in normalize(q.scope, NFKC)) > 0
    THEN NULL ELSE md5(concat(q.xmin, ';', s.xmin, ';',
      (SELECT string_agg(concat_ws('.', c.id, c.xmin::text, r.xmin::text, o.xmin::text), ','
          ORDER BY c.id)
        FROM "Claim" c JOIN "Source" r ON r.id = c."sourceId"
        LEFT JOIN "Origin" o ON o.id = c."originId"
        WHERE c."questionId" = q.id), ';',
      (SELECT string_agg(concat_ws('.', p.id, p.xmin::text, r.xmin::text), ',' ORDER BY p.id)
        FROM "Claim" c JOIN "Passage" p ON p."claimId" = c.id
        JOIN "Source" r ON r.id = p."sourceId"
        WHERE c."questionId" = q.id), ';',
      (SELECT string_agg(concat_ws('.', other.id, other.xmin::text), ',' ORDER BY other.id)
        FROM "Question" other
        WHERE other.key COLLATE "C" >= regexp_replace(q.key, '[^|]*$', '')
          AND other.key COLLATE "C" < regexp_replace(q.key, '\\|[^|]*$', '}')
          AND other.id <> q.id))) END`;

/** The fingerprint of the live question $1; no row, or NULL, when it has none. */
export const COMPARISON_FINGERPRINT = `SELECT ${FINGERPRINT_OF_QUESTION} AS fingerprint
  FROM "Question" q JOIN "Subject" s ON s.id = q."subjectId"
  WHERE q.id = $1 AND q."deletedAt" IS NULL`;
