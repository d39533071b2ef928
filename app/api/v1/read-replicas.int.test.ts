// Read replicas for real: a hot standby of the test server (scripts/db/standby.ts), the app
// pointed at both, replay paused on the standby so that "served by the replica" is visible.
import { existsSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { disconnectReplicas, reader, readingFromReplica } from "@/lib/db/read-client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { startStandby, type Standby } from "@/scripts/db/standby";
import * as item from "./questions/[id]/route";
import * as collection from "./questions/route";
import * as searchRoute from "./search/route";
import * as sourcesRoute from "./sources/route";

const primaryUrl = process.env.DATABASE_URL ?? "";
const adminUrl = Object.assign(new URL(primaryUrl), { pathname: "/postgres" }).toString();
const database = new URL(primaryUrl).pathname.slice(1);

// A standby needs the primary's data folder on this machine (the embedded test server); with
// TEST_DATABASE_URL naming another machine the test cannot make one, and says so by skipping.
async function primaryIsLocal(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const folder = (await client.query("SHOW data_directory")).rows[0].data_directory;
    return existsSync(join(folder, "PG_VERSION"));
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

const fixtures = testFixtures();
let standby: Standby | undefined;
let replica: pg.Client | undefined;

describe.skipIf(!(await primaryIsLocal()))("DATABASE_REPLICA_URLS", () => {
  beforeAll(async () => {
    standby = await startStandby(adminUrl, database);
    await standby.caughtUp();
    process.env.DATABASE_REPLICA_URLS = standby.url;
    replica = new pg.Client({ connectionString: standby.url });
    await replica.connect();
  }, 120_000);

  afterAll(async () => {
    delete process.env.DATABASE_REPLICA_URLS;
    await disconnectReplicas();
    await replica?.end();
    await standby?.stop();
    await fixtures.cleanUp();
  });

  test("lag-tolerant reads go to the replica, all others to the primary", async () => {
    const inRecovery = async () =>
      (await reader().$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]?.r;
    expect(await readingFromReplica(true, inRecovery)).toBe(true);
    expect(await readingFromReplica(false, inRecovery)).toBe(false);
    expect(await inRecovery()).toBe(false);
  });

  test("anonymous readers get the replica's rows; an editor sees their own write at once", async () => {
    // Hold the replica at this moment: what is written now exists only on the primary.
    await replica!.query("SELECT pg_wal_replay_pause()");
    try {
      const word = `Replicaville${crypto.randomUUID().replace(/\D/g, "").slice(0, 6)}`;
      const source = await fixtures.source(`Officials in ${word} counted 26 dead.`);
      const made = await recordClaim(
        ClaimInputSchema.parse({
          sourceId: source.id,
          question: { subject: fixtures.subject("Replicated"), measure: "killed", kind: "count" },
          quote: { exact: "counted 26 dead" },
        }),
      );
      if (!made.ok) throw new Error(made.failure.message);
      const questionId = made.value.questionId;
      const read = (as: "editor" | null) =>
        callRoute(item.GET, "GET", "", { params: { id: questionId }, as });

      expect((await read("editor")).status).toBe(200);
      expect((await read(null)).status).toBe(404);
      const list = (as: "editor" | null) =>
        callRoute(collection.GET, "GET", "/api/v1/questions", { query: { limit: "1" }, as });
      expect((await list(null)).body.total).toBe((await list("editor")).body.total - 1);
      // Search and the sources list too: the new source's word is on the primary only.
      const find = (as: "editor" | null) =>
        callRoute(searchRoute.GET, "GET", "/api/v1/search", {
          query: { q: word, kind: "sources" },
          as,
        });
      expect((await find("editor")).body.sources.items).toHaveLength(1);
      expect((await find(null)).body.sources.items).toHaveLength(0);
      const library = (as: "editor" | null) =>
        callRoute(sourcesRoute.GET, "GET", "/api/v1/sources", { query: { q: word }, as });
      expect((await library("editor")).body.total).toBe(1);
      expect((await library(null)).body.total).toBe(0);

      await replica!.query("SELECT pg_wal_replay_resume()");
      await standby!.caughtUp();
      expect((await read(null)).status).toBe(200);
    } finally {
      await replica!.query("SELECT pg_wal_replay_resume()");
    }
  });
});
