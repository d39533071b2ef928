import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as claimCollection from "./claims/route";
import * as claimItem from "./claims/[id]/route";
import * as claimHistory from "./claims/[id]/history/route";
import * as claimRevert from "./claims/[id]/revert/route";
import * as questionCollection from "./questions/route";
import * as questionItem from "./questions/[id]/route";
import * as questionHistory from "./questions/[id]/history/route";
import * as questionRevert from "./questions/[id]/revert/route";
import * as sourceItem from "./sources/[id]/route";
import * as sourceHistory from "./sources/[id]/history/route";
import * as sourceRevert from "./sources/[id]/revert/route";
import * as sourceText from "./sources/[id]/text/route";
import * as trashList from "./trash/route";
import * as trashItem from "./trash/[kind]/[id]/route";
import * as trashRestore from "./trash/[kind]/[id]/restore/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "Officials said 26 people were killed. Witnesses said 26 people died in the square.";

async function claimOn(sourceId: string, question: unknown, exact: string, origin: string) {
  const response = await callRoute(claimCollection.POST, "POST", "/api/v1/claims", {
    json: { sourceId, question, quote: { exact }, origin },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string; questionId: string; version: number };
}

const id = (value: string) => ({ params: { id: value } });
const history = async (handler: typeof claimHistory.GET, value: string) =>
  (await callRoute(handler, "GET", "", id(value))).body.items as {
    version: number;
    action: string;
    changed: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];

describe("versions, history and revert", () => {
  test("a claim: stale writes get 409 with both versions; a revert is itself a new version", async () => {
    const source = await fixtures.source(TEXT);
    const question = { subject: fixtures.subject("History"), measure: "killed", kind: "count" };
    const claim = await claimOn(source.id, question, "26 people were killed", "Officials");
    expect(claim.version).toBe(1);
    const patch = (json: unknown, ifMatch?: string) =>
      callRoute(claimItem.PATCH, "PATCH", "", {
        ...id(claim.id),
        json,
        headers: ifMatch ? { "if-match": ifMatch } : {},
      });

    const first = await patch({ note: "first" }, '"1"');
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"2"');
    const stale = await patch({ note: "second" }, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: "version_conflict",
      yourVersion: 1,
      currentVersion: 2,
      current: { note: "first" },
    });
    const second = await patch({ note: "second", version: 2 });
    expect(second.body.version).toBe(3);

    const revert = (version: number, ifMatch: string) =>
      callRoute(claimRevert.POST, "POST", "", {
        ...id(claim.id),
        json: { version },
        headers: { "if-match": ifMatch },
      });
    expect((await revert(1, '"2"')).status).toBe(409);
    expect((await revert(99, '"3"')).status).toBe(404);
    const reverted = await revert(1, '"3"');
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ version: 4, note: null });

    const items = await history(claimHistory.GET, claim.id);
    expect(items.map((item) => [item.version, item.action])).toEqual([
      [4, "update"],
      [3, "update"],
      [2, "update"],
      [1, "create"],
    ]);
    expect(items[0]).toMatchObject({
      changed: expect.arrayContaining(["note"]),
      before: { note: "second" },
      after: { note: null },
    });
    expect(items[2]).toMatchObject({ before: { note: null }, after: { note: "first" } });
  });

  test("a write that replaces fields must name a version: 428 with the current one, nothing changed", async () => {
    const source = await fixtures.source(TEXT);
    const question = { subject: fixtures.subject("Unnamed"), measure: "killed", kind: "count" };
    const claim = await claimOn(source.id, question, "26 people were killed", "Officials");
    const unnamed = [
      await callRoute(claimItem.PATCH, "PATCH", "", { ...id(claim.id), json: { note: "x" } }),
      await callRoute(sourceItem.PATCH, "PATCH", "", { ...id(source.id), json: { title: "x" } }),
      await callRoute(questionItem.PATCH, "PATCH", "", {
        ...id(claim.questionId),
        json: { measure: "x" },
      }),
      await callRoute(sourceText.PUT, "PUT", "", { ...id(source.id), json: { text: "x" } }),
    ];
    for (const response of unnamed) {
      expect(response.status).toBe(428);
      expect(response.body.error).toMatchObject({ code: "version_required", currentVersion: 1 });
      expect(response.headers.get("etag")).toBe('"1"');
    }
    const after = await callRoute(claimItem.GET, "GET", "", id(claim.id));
    expect(after.body).toMatchObject({ version: 1, note: null });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).not.toBe("x");
    // A record that is not there is 404 first; "If-Match: *" writes on whatever is current.
    const missing = await callRoute(claimItem.PATCH, "PATCH", "", {
      ...id("nope"),
      json: { note: "x" },
    });
    expect(missing.status).toBe(404);
    const anyVersion = await callRoute(claimItem.PATCH, "PATCH", "", {
      ...id(claim.id),
      json: { note: "x" },
      headers: { "if-match": "*" },
    });
    expect(anyVersion.body).toMatchObject({ version: 2, note: "x" });
  });

  test("a source's metadata and a question's wording come back the same way", async () => {
    const source = await fixtures.source(TEXT, { publisher: "Agency" });
    const renamed = await callRoute(sourceItem.PATCH, "PATCH", "", {
      ...id(source.id),
      json: { title: "Renamed", publisher: null },
      headers: { "if-match": `"${source.version}"` },
    });
    expect(renamed.status).toBe(200);
    const back = await callRoute(sourceRevert.POST, "POST", "", {
      ...id(source.id),
      json: { version: source.version },
      headers: { "if-match": `"${renamed.body.version}"` },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ title: source.title, publisher: "Agency" });
    const sourceItems = await history(sourceHistory.GET, source.id);
    expect(sourceItems[0]).toMatchObject({
      action: "update",
      before: { title: "Renamed" },
      after: { title: source.title },
    });

    const question = { subject: fixtures.subject("Wording"), measure: "killed", kind: "count" };
    const claim = await claimOn(source.id, question, "26 people were killed", "Officials");
    const read = await callRoute(questionItem.GET, "GET", "", id(claim.questionId));
    const q = read.body.question;
    expect(read.headers.get("etag")).toBe(`"${q.version}"`);
    const reworded = await callRoute(questionItem.PATCH, "PATCH", "", {
      ...id(claim.questionId),
      json: { measure: "people killed", version: q.version },
    });
    expect(reworded.status).toBe(200);
    const stale = await callRoute(questionItem.PATCH, "PATCH", "", {
      ...id(claim.questionId),
      json: { measure: "dead", version: q.version },
    });
    expect(stale.status).toBe(409);
    const restored = await callRoute(questionRevert.POST, "POST", "", {
      ...id(claim.questionId),
      json: { version: q.version },
      headers: { "if-match": `"${reworded.body.version}"` },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.measure).toBe("killed");
    const questionItems = await history(questionHistory.GET, claim.questionId);
    expect(questionItems[0]).toMatchObject({ before: { measure: "people killed" } });
  });
});

describe("the trash", () => {
  async function twoSourcesOneQuestion() {
    const a = await fixtures.source(TEXT);
    const b = await fixtures.source(TEXT);
    const subject = fixtures.subject("Trash");
    const question = { subject, measure: "killed", kind: "count" };
    const onA = await claimOn(a.id, question, "26 people were killed", "Officials");
    const onB = await claimOn(b.id, question, "26 people died", "Witnesses");
    return { a, b, subject, onA, onB, questionId: onA.questionId };
  }

  async function listed(subjectId: string) {
    const list = await callRoute(questionCollection.GET, "GET", "/api/v1/questions", {
      query: { subject: subjectId },
    });
    return list.body.items[0] as { claimCount: number; verdict: { independentOrigins: number } };
  }

  test("a trashed source takes its claims along, verdicts leave them out, and a restore brings all back intact", async () => {
    const { a, onA, onB, questionId } = await twoSourcesOneQuestion();
    const passagesBefore = await db.passage.findMany({
      where: { claimId: onA.id },
      select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true },
    });
    expect(passagesBefore).toHaveLength(1);
    const comparison = async () =>
      (await callRoute(questionItem.GET, "GET", "", id(questionId))).body;
    const before = await comparison();
    expect(before.claims).toHaveLength(2);
    const subjectId = before.question.subject.id;
    expect((await listed(subjectId)).claimCount).toBe(2);

    expect((await callRoute(sourceItem.DELETE, "DELETE", "", id(a.id))).status).toBe(204);
    expect((await callRoute(sourceItem.GET, "GET", "", id(a.id))).status).toBe(404);
    expect((await callRoute(claimItem.GET, "GET", "", id(onA.id))).status).toBe(404);
    const during = await comparison();
    expect(during.claims.map((claim: { id: string }) => claim.id)).toEqual([onB.id]);
    expect(during.verdict.independentOrigins).toBe(1);
    expect(await listed(subjectId)).toMatchObject({
      claimCount: 1,
      verdict: { independentOrigins: 1 },
    });

    const trashed = await callRoute(trashList.GET, "GET", "/api/v1/trash", {
      query: { kind: "claim" },
    });
    expect(trashed.body.items).toContainEqual(
      expect.objectContaining({ id: onA.id, withSource: a.id }),
    );
    // A claim that went with its source comes back with it, not alone.
    const alone = await callRoute(trashRestore.POST, "POST", "", {
      params: { kind: "claims", id: onA.id },
    });
    expect(alone.status).toBe(409);

    const restore = () =>
      callRoute(trashRestore.POST, "POST", "", { params: { kind: "sources", id: a.id } });
    expect((await restore()).status).toBe(204);
    expect((await restore()).status).toBe(404);
    const after = await comparison();
    expect(after.claims).toHaveLength(2);
    expect(after.verdict).toEqual(before.verdict);
    expect((await listed(subjectId)).claimCount).toBe(2);
    expect(
      await db.passage.findMany({
        where: { claimId: onA.id },
        select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true },
      }),
    ).toEqual(passagesBefore);
    const claimItems = await history(claimHistory.GET, onA.id);
    expect(claimItems.slice(0, 2).map((item) => item.action)).toEqual(["restore", "trash"]);
  });

  test("purge: only what is in the trash, for good, with its passages; the history stays", async () => {
    const { a, onA, onB } = await twoSourcesOneQuestion();
    const purge = (kind: string, value: string) =>
      callRoute(trashItem.DELETE, "DELETE", "", { params: { kind, id: value } });
    expect((await purge("claims", onB.id)).status).toBe(409);
    await callRoute(claimItem.DELETE, "DELETE", "", id(onB.id));
    expect((await purge("claims", onB.id)).status).toBe(204);
    expect((await purge("claims", onB.id)).status).toBe(404);
    expect(await db.claim.count({ where: { id: onB.id } })).toBe(0);
    expect(await db.passage.count({ where: { claimId: onB.id } })).toBe(0);
    expect((await history(claimHistory.GET, onB.id))[0]?.action).toBe("purge");

    expect((await purge("sources", a.id)).status).toBe(409);
    await callRoute(sourceItem.DELETE, "DELETE", "", id(a.id));
    expect((await purge("sources", a.id)).status).toBe(204);
    expect(await db.source.count({ where: { id: a.id } })).toBe(0);
    expect(await db.claim.count({ where: { id: onA.id } })).toBe(0);
    expect(await db.passage.count({ where: { claimId: onA.id } })).toBe(0);
    expect((await history(sourceHistory.GET, a.id)).map((item) => item.action)).toEqual([
      "purge",
      "trash",
      "create",
    ]);
    expect(
      (await callRoute(trashRestore.POST, "POST", "", { params: { kind: "sources", id: a.id } }))
        .status,
    ).toBe(404);
  });
});
