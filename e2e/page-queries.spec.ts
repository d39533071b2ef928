// Every page runs as many SQL statements with one claim as with forty: no page queries per row.
// Counted by PostgreSQL itself (pg_stat_statements, loaded by `npm test` on its server), over
// real requests to the running app, for readers, editors and admins.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import pg from "pg";
import { FINGERPRINTED_TABLES } from "@/lib/questions/fingerprint-sql";
import { tablesRead } from "@/lib/testing/tables-read";
import { ADMIN_STATE, EDITOR_STATE, expect, test } from "./fixtures";

const tag = crypto.randomUUID().slice(0, 8);
const created: string[] = [];
let sql: pg.Client;

test.beforeAll(async () => {
  sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await sql.connect();
});
test.afterEach(async ({ request }) => {
  for (const id of created.splice(0)) await request.delete(`/api/v1/sources/${id}`);
});
test.afterAll(async () => {
  await sql?.end();
});

/**
 * The statements the app ran on this database while `work` ran, by their text; ours to count them
 * are left out, and so is transaction control (BEGIN, COMMIT), which reads nothing and which
 * PostgreSQL records for some of a pool's connections and not others.
 */
async function statementsDuring(work: () => Promise<APIResponse>): Promise<Map<string, number>> {
  await sql.query("SELECT pg_stat_statements_reset()");
  const response = await work();
  expect(response.status(), response.url()).toBe(200);
  await response.body();
  return statementsRun();
}

// The page cache reads a comparison's fingerprint before a reader's page and again once it is
// sent (scripts/lib/held-comparisons.ts): that second read may land on either side of the count, so
// fingerprints are counted apart (see the test of held pages below). Its text as
// pg_stat_statements keeps it, constants made parameters.
const FINGERPRINT = /^SELECT CASE WHEN position\(/;

/** The statements run since the counts were cleared, by their text: fingerprints, or the rest. */
async function statementsRun(fingerprints = false): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ query: string; calls: number }>(
    `SELECT query, calls::int AS calls FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%'
       AND query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)\\y'`,
  );
  return new Map(
    rows
      .filter((row) => FINGERPRINT.test(row.query.trim()) === fingerprints)
      .map((row) => [row.query, row.calls]),
  );
}

const total = (statements: Map<string, number>) =>
  [...statements.values()].reduce((sum, calls) => sum + calls, 0);

async function created201(response: APIResponse) {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; questionId: string; version: number };
}

const TEXT = (n: number) =>
  `Report ${tag}-${n}.\nOfficials said 26 people were killed in the square. Witnesses spoke of 40 dead. ` +
  `Doctors counted 31 dead at the hospital.\n`;

test("each page's statements stay the same as claims, sources, edits and versions are added", async ({
  request,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const loaded = await sql.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'");
  if (loaded.rowCount === 0) await sql.query("CREATE EXTENSION pg_stat_statements");
  await sql.query("SELECT pg_stat_statements_reset()").catch((error: Error) => {
    throw new Error(
      `${error.message}: the test server must load pg_stat_statements (npm test's own does; ` +
        "for TEST_DATABASE_URL, set shared_preload_libraries = 'pg_stat_statements')",
    );
  });

  const subject = `Counting ${tag}`;
  const addSource = async (n: number) => {
    const source = await created201(
      await request.post("/api/v1/sources", {
        data: { title: `Report ${tag}-${n}`, text: TEXT(n), language: "en" },
      }),
    );
    created.push(source.id);
    return source.id;
  };
  const addClaim = async (
    sourceId: string,
    question: Record<string, unknown>,
    exact: string,
    origin?: string,
  ) =>
    created201(
      await request.post("/api/v1/claims", {
        data: { sourceId, quote: { exact }, origin, ...question },
      }),
    );

  const first = await addSource(0);
  const claim = await addClaim(
    first,
    { question: { subject, measure: "people killed", kind: "count" } },
    "26 people were killed",
    `Ministry ${tag}`,
  );
  const subjectId = (await (await request.get(`/api/v1/questions/${claim.questionId}`)).json())
    .question.subject.id as string;

  const reader = await playwright.request.newContext({ baseURL });
  const editor = (await browser.newContext({ baseURL, storageState: EDITOR_STATE })).request;
  const admin = (await browser.newContext({ baseURL, storageState: ADMIN_STATE })).request;
  // A reader's comparison page asks for a fresh render (no-cache): the page cache would otherwise
  // serve the page held from the first count (see the test of held pages below).
  const fresh = { "cache-control": "no-cache" };
  const pages: [string, APIRequestContext, string, Record<string, string>?][] = [
    ["home", reader, "/"],
    ["questions", reader, "/questions"],
    ["questions A to Z", reader, "/questions?order=label"],
    ["questions of the subject", reader, `/questions?subject=${subjectId}`],
    ["subjects", reader, "/subjects"],
    ["the subject's matrix", reader, `/subjects/${subjectId}`],
    ["sources", reader, "/sources"],
    ["sources with words", reader, `/sources?q=${tag}`],
    ["a source", reader, `/sources/${first}`],
    ["a source, as editor", editor, `/sources/${first}`],
    ["a source's history", reader, `/sources/${first}/history`],
    ["a source's text versions", reader, `/sources/${first}/versions`],
    ["the comparison", reader, `/questions/${claim.questionId}`, fresh],
    ["the comparison, as editor", editor, `/questions/${claim.questionId}`],
    ["the embedded comparison", reader, `/embed/questions/${claim.questionId}`],
    ["a question's history", reader, `/questions/${claim.questionId}/history`],
    ["a claim", reader, `/claims/${claim.id}`],
    ["a claim, as editor", editor, `/claims/${claim.id}`],
    ["a claim's history", reader, `/claims/${claim.id}/history`],
    ["search", reader, `/search?q=${tag}`],
    ["a new source, as editor", editor, "/sources/new"],
    ["the trash, as admin", admin, "/trash"],
    ["accounts, as admin", admin, "/admin/users"],
  ];
  const statements: Record<string, Map<string, number>> = {};
  const count = async () => {
    const counts: Record<string, number> = {};
    for (const [name, context, path, headers] of pages) {
      statements[name] = await statementsDuring(() => context.get(path, { headers }));
      counts[name] = total(statements[name]);
    }
    return counts;
  };

  await count(); // first requests warm what each instance keeps (none of it per row)
  const small = await count();
  const smallStatements = { ...statements };

  // Thirteen sources; claims on the compared question with twelve origins, on other questions of
  // the subject, and more on the first source; edits, a text version and trashed claims.
  for (let n = 1; n <= 12; n++) {
    const source = await addSource(n);
    await addClaim(source, { questionId: claim.questionId }, "40 dead", `Witnesses ${tag} ${n}`);
    await addClaim(
      source,
      { question: { subject, measure: `wounded ${n}`, kind: "count" } },
      "31 dead",
    );
    const extra = await addClaim(
      first,
      { question: { subject, measure: `counted ${n}`, kind: "count" } },
      n % 2 ? "40 dead" : "31 dead",
    );
    if (n % 4 === 0) await request.delete(`/api/v1/claims/${extra.id}`);
  }
  for (const [note, version] of [
    ["First reading.", 1],
    ["Second reading.", 2],
    ["Third reading.", 3],
  ] as const) {
    const edited = await request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { "if-match": `"${version}"` },
      data: { note },
    });
    expect(edited.status()).toBe(200);
  }
  const source = await (await request.get(`/api/v1/sources/${first}`)).json();
  const corrected = await request.put(`/api/v1/sources/${first}/text`, {
    headers: { "if-match": `"${source.version}"` },
    data: { text: `${TEXT(0)}A line added later.\n`, version: source.version },
  });
  expect(corrected.status(), await corrected.text()).toBe(200);

  const large = await count();
  expect(Object.values(small).every((n) => n > 0)).toBe(true);
  // Where a page differs, the statements that ran a different number of times say why.
  const differing = Object.keys(small)
    .filter((name) => small[name] !== large[name])
    .map((name) => {
      const before = smallStatements[name]!;
      const after = statements[name]!;
      const texts = new Set([...before.keys(), ...after.keys()]);
      const changed = [...texts].filter((text) => before.get(text) !== after.get(text));
      return `${name}:\n${changed.map((text) => `  ${before.get(text) ?? 0} → ${after.get(text) ?? 0}: ${text.slice(0, 300)}`).join("\n")}`;
    });
  expect(large, differing.join("\n")).toEqual(small);

  // A reader's comparison page reads only tables its fingerprint covers: a page that read
  // another could be served again after that table changed (scripts/lib/held-comparisons.ts).
  const read = [...statements["the comparison"]!.keys()].flatMap(tablesRead);
  expect(read.length).toBeGreaterThan(0);
  expect([...new Set(read)].filter((table) => !FINGERPRINTED_TABLES.includes(table))).toEqual([]);

  // Held, a reader's comparison page costs one statement: its fingerprint. (Once one request is
  // served from the cache, no earlier render's fingerprint read is still to come.)
  const comparison = `/questions/${claim.questionId}`;
  const served = async () => (await reader.get(comparison)).headers()["x-crosscheck-cache"];
  await expect.poll(served).toBe("hit");
  await sql.query("SELECT pg_stat_statements_reset()");
  expect(await served()).toBe("hit");
  expect(await statementsRun()).toEqual(new Map());
  expect(total(await statementsRun(true))).toBe(1);
  await reader.dispose();
});
