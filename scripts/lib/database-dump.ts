import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ClientBase } from "pg";
import { disableTallyTriggers, enableTallyTriggers } from "@/lib/db/tally-triggers";

/**
 * The tables a dump holds, parents before children so a restore satisfies every foreign key as
 * it goes, each with the column it is ordered by. Left out on purpose: Session and Verification
 * (live sign-ins and one-time codes: a copy would let old cookies into a new instance, and they
 * expire anyway), login_limits (counters that reset themselves), InstanceSetting (this instance's
 * cookie-signing secret: a restored instance makes its own), QuestionTally and SourceTally
 * (totals a restore counts again from the rows) and _prisma_migrations (the target's own
 * migrations; the dump names the one it was made at, and a restore checks it).
 */
export const DUMPED_TABLES = [
  ["User", "id"],
  ["Account", "id"],
  ["ApiToken", "id"],
  ["Subject", "id"],
  ["Origin", "id"],
  ["Source", "id"],
  ["SourceTextVersion", "id"],
  ["SourceOriginal", "id"],
  ["SuggestionDismissal", "id"],
  ["CitationStyle", "id"],
  ["Question", "id"],
  ["Claim", "id"],
  ["Passage", "id"],
  ["Revision", "id"],
] as const;

export const DUMP_FORMAT = "crosscheck-dump";
const PAGE = 1000;
const BATCH = 500;

/** What a dump or a restore went through, table by table. */
export type TableCounts = Record<string, number>;

/**
 * Writes every row of DUMPED_TABLES as JSON, one row per line, in primary-key order (byte order,
 * whatever the database's collation). PostgreSQL itself encodes each row (to_jsonb: keys in its
 * fixed order, timestamps as ISO text, bytes as \x-hex), so the same data always gives the same
 * bytes; rows come through a cursor a page at a time and are written as they come.
 */
export async function writeDump(client: ClientBase, out: Writable): Promise<TableCounts> {
  // One snapshot for every table: a dump taken while the app runs is still consistent.
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const counts: TableCounts = {};
    const header = { format: DUMP_FORMAT, version: 1, migration: await lastMigration(client) };
    await write(out, `${JSON.stringify(header).slice(0, -1)},"tables":{\n`);
    for (const [index, [table, key]] of DUMPED_TABLES.entries()) {
      await write(out, `${JSON.stringify(table)}:[`);
      // Generated columns (the search vectors) are left out: the database makes them again.
      const generated = await generatedColumns(client, table);
      await client.query(
        `DECLARE dump_rows NO SCROLL CURSOR FOR
         SELECT (to_jsonb(t) - $1::text[])::text AS row FROM "${table}" t
         ORDER BY t."${key}" COLLATE "C"`,
        [generated],
      );
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${PAGE} FROM dump_rows`);
        for (const { row } of rows) await write(out, `${count++ === 0 ? "" : ","}\n${row}`);
        if (rows.length < PAGE) break;
      }
      await client.query("CLOSE dump_rows");
      counts[table] = count;
      await write(out, `${count ? "\n" : ""}]${index < DUMPED_TABLES.length - 1 ? "," : ""}\n`);
    }
    await write(out, "}}\n");
    return counts;
  } finally {
    await client.query("ROLLBACK");
  }
}

/**
 * Loads a dump into a database that has the dump's migrations and no rows in any dumped table,
 * in one transaction: all of it or nothing. Throws a RestoreRefused when the target is not empty
 * or is at another migration. Reads the file line by line (the layout writeDump makes).
 */
export async function restoreDump(client: ClientBase, input: Readable): Promise<TableCounts> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const header = parseHeader((await lines.next()).value);
  await client.query("BEGIN");
  try {
    await refuseUnlessReady(client, header.migration);
    // The totals (by verdict, of sources) are counted once at the end, not added to per row: a
    // tally trigger would write one row once per restored question or source.
    await disableTallyTriggers(client);
    const counts: TableCounts = {};
    let table: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (table && batch.length) await insertRows(client, table, batch);
      batch = [];
    };
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      const opening = /^"(\w+)":\[(\]?),?$/.exec(line);
      if (opening) {
        table = checkedTable(opening[1]!);
        counts[table] = 0;
        if (opening[2]) table = null; // an empty table: "Name":[]
      } else if (/^\],?$/.test(line) || line === "}}") {
        await flush();
        table = null;
      } else if (table) {
        batch.push(line.endsWith(",") ? line.slice(0, -1) : line);
        counts[table]!++;
        if (batch.length >= BATCH) await flush();
      } else throw new RestoreRefused(`this is not a dump's line: ${line.slice(0, 60)}`);
    }
    await enableTallyTriggers(client);
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** A restore that would not be safe: the message says why, and nothing was written. */
export class RestoreRefused extends Error {
  override name = "RestoreRefused";
}

async function insertRows(client: ClientBase, table: string, rows: string[]): Promise<void> {
  // PostgreSQL decodes each JSON value with the column's own input function: timestamps, \x
  // bytes, arrays, enums and JSON columns come back exactly as they were.
  // Generated columns cannot be written; the database computes them from the others.
  const generated = await generatedColumns(client, table);
  const { rows: columns } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND NOT (column_name = ANY($2::text[]))
     ORDER BY ordinal_position`,
    [table, generated],
  );
  const list = columns.map(({ name }) => `"${name}"`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${list})
     SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
    [`[${rows.join(",")}]`],
  );
}

/** The table's generated columns: neither dumped nor restored. */
async function generatedColumns(client: ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'ALWAYS'`,
    [table],
  );
  return rows.map(({ name }) => name);
}

async function refuseUnlessReady(client: ClientBase, migration: string | null): Promise<void> {
  const here = await lastMigration(client);
  if (here !== migration)
    throw new RestoreRefused(
      `the dump was made at migration ${migration ?? "(none)"} but this database is at ${here ?? "(none)"}; restore with the Crosscheck version that made the dump`,
    );
  const filled: string[] = [];
  for (const [table] of DUMPED_TABLES) {
    const { rowCount } = await client.query(`SELECT 1 FROM "${table}" LIMIT 1`);
    if (rowCount) filled.push(table);
  }
  if (filled.length)
    throw new RestoreRefused(
      `the database is not empty (rows in ${filled.join(", ")}); restore into a new, empty database (with its migrations applied) so that nothing is overwritten`,
    );
}

async function lastMigration(client: ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.name ?? null;
}

function parseHeader(line: string | undefined): { migration: string | null } {
  try {
    const header = JSON.parse(`${line?.replace(/,"tables":\{$/, "")}}`) as Record<string, unknown>;
    if (header.format === DUMP_FORMAT && header.version === 1)
      return { migration: (header.migration as string | null) ?? null };
  } catch {
    // fall through: not a dump
  }
  throw new RestoreRefused("this file is not a Crosscheck dump (npm run dump makes one)");
}

function checkedTable(name: string): string {
  if (DUMPED_TABLES.some(([table]) => table === name)) return name;
  throw new RestoreRefused(`the dump has a table this version does not know: ${name}`);
}

// Waits when the stream's buffer is full, so a slow disk holds back the reading, not memory.
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}
