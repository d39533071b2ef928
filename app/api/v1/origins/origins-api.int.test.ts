import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { checkStoredVerdicts } from "@/lib/questions/verdict-check";
import * as claimCollection from "../claims/route";
import * as claimHistory from "../claims/[id]/history/route";
import * as originItem from "./[id]/route";
import * as originSearch from "./route";
import * as originHistory from "./[id]/history/route";
import * as originMerge from "./[id]/merge/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "The ministry said 26 people were killed. A hospital said 26 people died that night.";
const tag = crypto.randomUUID().slice(0, 8);
const id = (value: string) => ({ params: { id: value } });

async function claimOn(sourceId: string, question: unknown, exact: string, origin: string) {
  const response = await callRoute(claimCollection.POST, "POST", "/api/v1/claims", {
    json: { sourceId, question, quote: { exact }, origin },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string; questionId: string; version: number };
}

async function originNamed(name: string) {
  return db.origin.findFirstOrThrow({ where: { name }, select: { id: true, version: true } });
}

describe("origins: rename and merge, with history and verdicts in step", () => {
  test("a rename names its version (428 without, 409 stale), refuses a name taken, and is recorded", async () => {
    const source = await fixtures.source(TEXT);
    const question = { subject: fixtures.subject("Origins"), measure: "killed", kind: "count" };
    await claimOn(source.id, question, "26 people were killed", `Ministry ${tag}`);
    await claimOn(source.id, question, "26 people died that night", `Hospital ${tag}`);
    const ministry = await originNamed(`Ministry ${tag}`);

    const rename = (json: unknown, ifMatch?: string) =>
      callRoute(originItem.PATCH, "PATCH", "", {
        ...id(ministry.id),
        json,
        headers: ifMatch ? { "if-match": ifMatch } : {},
      });
    expect((await rename({ name: "x" })).status).toBe(428);
    const taken = await rename({ name: `hospital ${tag}` }, '"1"');
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("origin_exists");
    const renamed = await rename({ name: `Ministry of Health ${tag}` }, '"1"');
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: `Ministry of Health ${tag}`, version: 2 });
    expect((await rename({ name: "Stale" }, '"1"')).status).toBe(409);

    const history = await callRoute(originHistory.GET, "GET", "", id(ministry.id));
    expect(history.body.items[0]).toMatchObject({
      version: 2,
      action: "update",
      changed: ["name"],
      before: { name: `Ministry ${tag}` },
      after: { name: `Ministry of Health ${tag}` },
    });
    const read = await callRoute(originItem.GET, "GET", "", id(ministry.id));
    expect(read.body).toMatchObject({ claimCount: 1, version: 2 });
    expect(read.headers.get("etag")).toBe('"2"');
  });

  test("a merge moves every claim, records each move, removes the origin and refreshes verdicts", async () => {
    const source = await fixtures.source(TEXT);
    const question = { subject: fixtures.subject("Merge"), measure: "killed", kind: "count" };
    const first = await claimOn(source.id, question, "26 people were killed", `Agency ${tag}`);
    await claimOn(source.id, question, "26 people died that night", `The agency ${tag}!`);
    const stored = () =>
      db.question.findUniqueOrThrow({
        where: { id: first.questionId },
        select: { originCount: true },
      });
    expect((await stored()).originCount).toBe(2);
    const [from, into] = [
      await originNamed(`Agency ${tag}`),
      await originNamed(`The agency ${tag}!`),
    ];

    const merged = await callRoute(originMerge.POST, "POST", "", {
      ...id(from.id),
      json: { into: into.id, version: from.version },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: into.id, claimCount: 2 });
    expect((await stored()).originCount).toBe(1);
    expect(await db.origin.findUnique({ where: { id: from.id } })).toBeNull();
    expect((await callRoute(originItem.GET, "GET", "", id(from.id))).status).toBe(404);

    const moved = await callRoute(claimHistory.GET, "GET", "", id(first.id));
    expect(moved.body.items[0]).toMatchObject({
      version: 2,
      action: "update",
      changed: ["origin"],
      before: { origin: `Agency ${tag}` },
      after: { origin: `The agency ${tag}!` },
    });
    const gone = await callRoute(originHistory.GET, "GET", "", id(from.id));
    expect(gone.body.items[0]).toMatchObject({
      action: "purge",
      before: { name: `Agency ${tag}` },
    });

    const again = await callRoute(originMerge.POST, "POST", "", {
      ...id(from.id),
      json: { into: into.id },
    });
    expect(again.status).toBe(404);
    const self = await callRoute(originMerge.POST, "POST", "", {
      ...id(into.id),
      json: { into: into.id },
    });
    expect(self.status).toBe(422);
  });

  test("two merges racing in opposite directions: one wins, the other is 404, nothing is lost", async () => {
    for (let round = 0; round < 5; round++) {
      const source = await fixtures.source(`${TEXT} Round ${round}.`);
      const question = { subject: fixtures.subject("Race"), measure: "killed", kind: "count" };
      const [a, b] = [`North desk ${tag} ${round}`, `South desk ${tag} ${round}`];
      await claimOn(source.id, question, "26 people were killed", a);
      await claimOn(source.id, question, "26 people died that night", b);
      const [from, to] = [await originNamed(a), await originNamed(b)];
      const merge = (one: string, other: string) =>
        callRoute(originMerge.POST, "POST", "", { ...id(one), json: { into: other } });
      const statuses = (await Promise.all([merge(from.id, to.id), merge(to.id, from.id)])).map(
        (r) => r.status,
      );
      expect(statuses.sort()).toEqual([200, 404]);
      const left = await db.origin.findMany({
        where: { id: { in: [from.id, to.id] } },
        select: { id: true },
      });
      expect(left).toHaveLength(1);
      const cited = await db.claim.findMany({
        where: { sourceId: source.id },
        select: { originId: true },
      });
      expect(cited.map((c) => c.originId)).toEqual([left[0]!.id, left[0]!.id]);
    }
    expect((await checkStoredVerdicts()).differences).toEqual([]);
  });
});

describe("GET /api/v1/origins: the origin field's suggestions", () => {
  test("finds origins by the words of their names, accents and case aside; refuses a bad limit", async () => {
    const own = crypto.randomUUID().slice(0, 8);
    const source = await fixtures.source(TEXT);
    const question = { subject: fixtures.subject("Suggest"), measure: "killed", kind: "count" };
    await claimOn(source.id, question, "26 people were killed", `Procuraduría General ${own}`);
    await claimOn(source.id, question, "26 people died that night", `Hospital Nº 3 ${own}`);
    const search = (query: Record<string, string>) =>
      callRoute(originSearch.GET, "GET", "/api/v1/origins", { query });

    const found = await search({ q: `general PROCURADURIA ${own}` });
    expect(found.status).toBe(200);
    expect(found.body.items.map((o: { name: string }) => o.name)).toEqual([
      `Procuraduría General ${own}`,
    ]);
    expect((await search({ q: own })).body.items).toHaveLength(2);
    expect((await search({ q: own, limit: "1" })).body.items).toHaveLength(1);
    expect((await search({ q: `nobody ${own}` })).body.items).toEqual([]);
    // Nothing typed: the origins cited most lately, ours among them.
    const recent = await search({ limit: "50" });
    expect(recent.body.items.map((o: { name: string }) => o.name)).toContain(
      `Hospital Nº 3 ${own}`,
    );
    for (const limit of ["0", "51", "x"]) expect((await search({ limit })).status).toBe(422);
    expect((await search({ q: "x".repeat(201) })).status).toBe(422);
  });
});
