import { randomUUID } from "node:crypto";
import { Readable, Writable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { db } from "@/lib/db/client";
import { createSource } from "@/lib/sources/source-data";
import { SourceInputSchema } from "@/lib/sources/source-schema";
import { purgeTestRows } from "@/lib/testing/fixtures";
import { createDatabaseIfMissing } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrate";
import { RestoreRefused, restoreDump, writeDump } from "./database-dump";

const mark = randomUUID().slice(0, 8);
const subject = `Dump test ${mark}`;
const email = `dump-${mark}@example.org`;
const emptyName = `crosscheck_restore_${mark}`;
const emptyUrl = urlOf(emptyName);
let sourceId = "";

beforeAll(async () => {
  const created = await createSource(
    SourceInputSchema.parse({
      title: `Dump test source ${mark}`,
      text: `On 3 March 1990 exactly 41 people were counted, “quoted” — ${mark}.\nSecond line.`,
      authors: ["A. Author", "B. Author"],
      published: "1990-03",
      kind: "report",
    }),
  );
  if (!created.ok) throw new Error("the test source exists already");
  sourceId = created.source.id;
  const claim = await recordClaim(
    ClaimInputSchema.parse({
      sourceId,
      question: { subject, measure: "people counted", kind: "count" },
      quote: { exact: "exactly 41 people were counted" },
      origin: `Counting office ${mark}`,
      value: { low: 40.5, high: 41 },
    }),
  );
  if (!claim.ok) throw new Error(claim.failure.message);
  // Bytes of every value, so the dump's byte encoding is tested on all of them.
  await db.sourceOriginal.create({
    data: {
      sourceId,
      textVersion: 1,
      contentType: "application/octet-stream",
      size: 256,
      sha256: "0".repeat(64),
      bytes: new Uint8Array(Array.from({ length: 256 }, (_, i) => i)),
    },
  });
  await db.user.create({
    data: {
      id: `dump-user-${mark}`,
      name: "Dump",
      email,
      role: "editor",
      apiTokens: { create: { name: "t", prefix: "cc_", tokenHash: `hash-${mark}` } },
    },
  });
  await createDatabaseIfMissing(urlOf("postgres"), emptyName);
  await applyMigrations(emptyUrl);
});

afterAll(async () => {
  await purgeTestRows({ sourceIds: [sourceId], subjectNames: [subject] });
  await db.user.deleteMany({ where: { email } });
  await db.origin.deleteMany({ where: { name: `Counting office ${mark}` } });
  await withClient(urlOf("postgres"), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(emptyName)} WITH (FORCE)`),
  );
});

test("dump → restore into an empty database → dump gives the same bytes", async () => {
  const first = await dumpOf(process.env.DATABASE_URL!);
  expect(first).toContain(`"Dump test source ${mark}"`);
  expect(first).toContain("\\\\x000102030405"); // SourceOriginal.bytes, hex
  expect(first).toContain(`"tokenHash": "hash-${mark}"`);
  expect(first).not.toMatch(/"Session":/);

  const counts = await withClient(emptyUrl, (client) =>
    restoreDump(client, Readable.from([first])),
  );
  expect(counts.SourceOriginal).toBeGreaterThanOrEqual(1);
  expect(counts.Claim).toBeGreaterThanOrEqual(1);

  const second = await dumpOf(emptyUrl);
  expect(second.length).toBe(first.length);
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

  // Ids, versions and the history came along.
  const restored = await withClient(emptyUrl, (client) =>
    client.query<{ version: number; revisions: string }>(
      `SELECT s.version, (SELECT count(*) FROM "Revision" r WHERE r."recordId" = s.id) AS revisions
       FROM "Source" s WHERE s.id = $1`,
      [sourceId],
    ),
  );
  expect(restored.rows).toEqual([{ version: 1, revisions: "1" }]);

  // The totals by verdict were counted for the restored questions (the trigger was off).
  const totals = await withClient(emptyUrl, (client) =>
    client.query<{ tallied: number; live: number }>(
      `SELECT (SELECT sum(diverge + agree + single + none)::int FROM "QuestionTally") AS tallied,
        (SELECT count(*)::int FROM "Question" WHERE "deletedAt" IS NULL) AS live`,
    ),
  );
  expect(totals.rows[0]!.live).toBeGreaterThanOrEqual(1);
  expect(totals.rows[0]!.tallied).toBe(totals.rows[0]!.live);
  // And the total of live sources the sources list reads.
  const sources = await withClient(emptyUrl, (client) =>
    client.query<{ tallied: number; live: number }>(
      `SELECT (SELECT sum("live")::int FROM "SourceTally") AS tallied,
        (SELECT count(*)::int FROM "Source" WHERE "deletedAt" IS NULL) AS live`,
    ),
  );
  expect(sources.rows[0]!.live).toBeGreaterThanOrEqual(1);
  expect(sources.rows[0]!.tallied).toBe(sources.rows[0]!.live);
});

test("a restore into a database with rows is refused, and changes nothing", async () => {
  const dump = await dumpOf(emptyUrl);
  const before = await db.source.count();
  await expect(
    withClient(process.env.DATABASE_URL!, (client) => restoreDump(client, Readable.from([dump]))),
  ).rejects.toThrow(/not empty/);
  expect(await db.source.count()).toBe(before);
});

test("a file that is not a dump is refused", async () => {
  await expect(
    withClient(emptyUrl, (client) => restoreDump(client, Readable.from(['{"hello":1}\n']))),
  ).rejects.toBeInstanceOf(RestoreRefused);
});

async function dumpOf(url: string): Promise<string> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  await withClient(url, (client) => writeDump(client, sink));
  return chunks.join("");
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
