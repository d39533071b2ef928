import { afterAll, describe, expect, test } from "vitest";
import { trashClaim } from "@/lib/claims/claim-trash";
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/testing/statements-of";
import { renameOrigin } from "@/lib/origins/origin-edit";
import { FINGERPRINTED_TABLES } from "@/lib/questions/fingerprint-sql";
import { tablesRead } from "@/lib/testing/tables-read";
import { getQuestionComparison } from "@/lib/questions/question-data";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim as claim } from "@/lib/testing/test-claim";
import * as claimItem from "../claims/[id]/route";
import * as subjectItem from "../subjects/[id]/route";
import * as subjectCollection from "../subjects/route";
import * as collection from "./route";
import * as item from "./[id]/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT =
  "Officials counted 26 dead. Witnesses spoke of hundreds of dead. A film said more than 100 died in one night.";

/** A subject with one divergent question: 26 (one origin, two sources) vs hundreds. */
async function divergentSubject() {
  const subject = fixtures.subject("Pogrom");
  const [a, b] = [await fixtures.source(TEXT), await fixtures.source(TEXT)];
  const first = await claim(
    a.id,
    { subject, measure: "killed", kind: "count" },
    "counted 26 dead",
    "Prosecutor",
  );
  await claim(b.id, first.questionId, "counted 26 dead", "Prosecutor");
  await claim(a.id, first.questionId, "hundreds of dead", "Witnesses");
  await claim(
    a.id,
    { subject, measure: "killed", kind: "count", scope: "one night" },
    "more than 100 died",
  );
  return { subject, questionId: first.questionId, sources: [a, b] };
}

describe("GET /api/v1/questions/:id", () => {
  test("the comparison: verdict, clusters, relays, passages in context", async () => {
    const { questionId } = await divergentSubject();
    const response = await callRoute(item.GET, "GET", "", { params: { id: questionId } });
    expect(response.status).toBe(200);
    const { verdict, claims, question } = response.body;
    expect(question.measure).toBe("killed");
    expect(verdict.status).toBe("diverge");
    expect(verdict.independentOrigins).toBe(2);
    expect(verdict.clusters).toHaveLength(2);
    expect(verdict.clusters[0]).toMatchObject({ sources: 2, origins: 1, common: { text: "26" } });
    expect(verdict.summary).toContain("Sources diverge: 26");
    expect(verdict.spread.factor).toBeCloseTo(200 / 26);
    expect(claims).toHaveLength(3);
    const official = claims.filter((c: { stated: string }) => c.stated.startsWith("26"));
    expect(official.map((c: { relays: string[] }) => c.relays.length)).toEqual([1, 1]);
    const passage = claims[0].passages[0];
    expect(passage.found).toBe("position");
    expect(passage.context.passage).toBe("counted 26 dead");
    expect(passage.context.before).toBe("Officials ");
    expect(passage.context.passage.slice(passage.statedRange.start, passage.statedRange.end)).toBe(
      "26 dead",
    );
    expect(claims[0].source).toMatchObject({ title: expect.stringContaining("Fixture") });
  });

  test("an unknown id is 404 JSON", async () => {
    const response = await callRoute(item.GET, "GET", "", { params: { id: "nope" } });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  test("the number of queries does not grow with the number of claims", async () => {
    const subject = fixtures.subject("Scaling");
    const source = await fixtures.source(TEXT);
    const first = await claim(
      source.id,
      { subject, measure: "killed", kind: "count" },
      "counted 26 dead",
    );
    // Read anonymously: a signed-in reader's own statements (the token's) are not the point.
    const get = () =>
      callRoute(item.GET, "GET", "", { params: { id: first.questionId }, as: null });
    await get();
    // Held, then out of date: the first count reads it again as the second one will.
    await db.$executeRaw`UPDATE "Claim" SET note = 'seen' WHERE id = ${first.id}`;
    const count = async () => ({
      comparison: (await statementsOf(() => getQuestionComparison(first.questionId))).length,
      changed: (await statementsOf(get)).length,
      unchanged: (await statementsOf(get)).length,
    });
    const withOne = await count();
    for (let i = 0; i < 12; i++) {
      const other = await fixtures.source(TEXT);
      await claim(
        other.id,
        first.questionId,
        i % 2 ? "hundreds of dead" : "counted 26 dead",
        `Origin ${i}`,
      );
    }
    const withThirteen = await count();
    // One statement to build it; one more to see the answer held is out of date; one alone
    // while nothing has changed.
    expect(withOne).toEqual({ comparison: 1, changed: 2, unchanged: 1 });
    expect(withThirteen).toEqual(withOne);
  });

  test("a comparison read again is the one built before until something it shows changes", async () => {
    const { questionId } = await divergentSubject();
    const get = () => callRoute(item.GET, "GET", "", { params: { id: questionId }, as: null });
    const built = await get();
    const again = await statementsOf(get);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(/md5/);
    const held = await get();
    expect(held.body).toEqual(built.body);
    expect(held.headers.get("etag")).toBe(built.headers.get("etag"));
    // Asked for with no-cache, it is built again.
    const afresh = await statementsOf(() =>
      callRoute(item.GET, "GET", "", {
        params: { id: questionId },
        as: null,
        headers: { "cache-control": "no-cache" },
      }),
    );
    expect(afresh).toHaveLength(1);
    expect(afresh[0]).toMatch(/^\s*WITH question AS/);
    // It reads only tables its fingerprint covers.
    const tables = tablesRead(afresh[0]!);
    expect(new Set(tables)).toEqual(new Set(FINGERPRINTED_TABLES));

    const { originId } = await db.claim.findFirstOrThrow({
      where: { questionId, origin: { name: "Witnesses" } },
    });
    expect((await renameOrigin(originId!, `Eyewitnesses ${questionId}`)).ok).toBe(true);
    const renamed = await get();
    const origins = renamed.body.claims.map((c: { origin: { name: string } }) => c.origin?.name);
    expect(origins).toContain(`Eyewitnesses ${questionId}`);
    const trashed = renamed.body.claims.find(
      (c: { origin: { name: string } | null }) => c.origin?.name === `Eyewitnesses ${questionId}`,
    );
    expect((await trashClaim(trashed.id)).ok).toBe(true);
    const after = await get();
    expect(after.body.claims).toHaveLength(2);
    // Two claims left, both relaying the prosecutor: one independent origin.
    expect(built.body.verdict.status).toBe("diverge");
    expect(after.body.verdict.status).toBe("single");
  });
});

describe("DELETE /api/v1/questions/:id", () => {
  test("refuses while claims answer it; trashes it, and lists its emptied subject no more, once they are gone", async () => {
    const subject = fixtures.subject("Emptied");
    const source = await fixtures.source(TEXT);
    const only = await claim(
      source.id,
      { subject, measure: "killed", kind: "count" },
      "counted 26 dead",
    );
    const refused = await callRoute(item.DELETE, "DELETE", "", { params: { id: only.questionId } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("question_has_claims");

    await callRoute(claimItem.DELETE, "DELETE", "", { params: { id: only.id } });
    const deleted = await callRoute(item.DELETE, "DELETE", "", { params: { id: only.questionId } });
    expect(deleted.status).toBe(204);
    expect((await callRoute(item.GET, "GET", "", { params: { id: only.questionId } })).status).toBe(
      404,
    );
    const listed = await callRoute(subjectCollection.GET, "GET", "/api/v1/subjects");
    expect(listed.body.items.map((s: { name: string }) => s.name)).not.toContain(subject);
    const again = await callRoute(item.DELETE, "DELETE", "", { params: { id: only.questionId } });
    expect(again.status).toBe(404);
  });
});

describe("GET /api/v1/questions", () => {
  test("lists verdicts, filtered by subject and verdict, most divergent first", async () => {
    const { questionId } = await divergentSubject();
    const subjectId = (await callRoute(item.GET, "GET", "", { params: { id: questionId } })).body
      .question.subject.id;
    const all = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { subject: subjectId },
    });
    expect(all.status).toBe(200);
    expect(all.body.items.map((q: { verdict: { status: string } }) => q.verdict.status)).toEqual([
      "diverge",
      "single",
    ]);
    expect(all.body.items[0]).toMatchObject({ claimCount: 3, sourceCount: 2 });
    const single = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { subject: subjectId, verdict: "single" },
    });
    expect(single.body.items).toHaveLength(1);
    expect(single.body.items[0].scope).toBe("one night");
  });

  test("a bad verdict filter is 422", async () => {
    const response = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { verdict: "maybe" },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.verdict).toBeDefined();
  });
});

describe("subjects", () => {
  test("the list and the matrix of questions × sources", async () => {
    const { subject, sources } = await divergentSubject();
    const list = await callRoute(subjectCollection.GET, "GET", "/api/v1/subjects");
    const listed = list.body.items.find((s: { name: string }) => s.name === subject);
    expect(listed).toMatchObject({ questionCount: 2 });

    const matrix = await callRoute(subjectItem.GET, "GET", "", { params: { id: listed.id } });
    expect(matrix.status).toBe(200);
    expect(matrix.body.sources.map((s: { id: string }) => s.id).sort()).toEqual(
      sources.map((s) => s.id).sort(),
    );
    expect(matrix.body.rows).toHaveLength(2);
    const row = matrix.body.rows.find(
      (r: { question: { scope: string } }) => r.question.scope === "",
    );
    expect(row.verdict.status).toBe("diverge");
    const cell = row.cells[sources[0]!.id];
    expect(cell.map((c: { stated: string; cluster: number }) => [c.stated, c.cluster])).toEqual([
      ["26 dead", 0],
      ["hundreds of dead", 1],
    ]);
  });

  test("?q= lists the subjects whose names hold every word, accents and case aside, a page at a time", async () => {
    const source = await fixtures.source(TEXT);
    const named = ["Şuşa curfew", "Şuşa unrest", "Baku curfew"].map(fixtures.subject);
    for (const subject of named)
      await claim(source.id, { subject, measure: "killed", kind: "count" }, "counted 26 dead");
    const tag = named[0]!.split(" ").at(-1)!.split("-")[0]!;
    const list = (query: Record<string, string>) =>
      callRoute(subjectCollection.GET, "GET", "/api/v1/subjects", { query });
    const names = async (query: Record<string, string>) =>
      (await list(query)).body.items.map((s: { name: string }) => s.name);
    expect(await names({ q: `SUSA ${tag}` })).toEqual([named[0], named[1]]);
    expect(await names({ q: `curfew ${tag}` })).toEqual([named[2], named[0]]);
    expect(await names({ q: `susa unrest ${tag}` })).toEqual([named[1]]);
    expect(await names({ q: `riot ${tag}` })).toEqual([]);
    const first = await list({ q: `şuşa ${tag}`, limit: "1" });
    expect(first.body.items).toEqual([
      expect.objectContaining({ name: named[0], questionCount: 1 }),
    ]);
    const second = await list({ q: `şuşa ${tag}`, limit: "1", after: first.body.nextCursor });
    expect(second.body.items.map((s: { name: string }) => s.name)).toEqual([named[1]]);
    expect(second.body.nextCursor).toBeNull();
    expect((await list({ q: "x".repeat(201) })).status).toBe(422);
    const tooMany = await list({ limit: "101" });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.fields.limit[0]).toBe("limit must be a whole number from 1 to 100.");
  });

  test("the matrix pages its questions by measure and scope: each once, with their own sources", async () => {
    const subject = fixtures.subject("Paged matrix");
    const sources = [await fixtures.source(TEXT), await fixtures.source(TEXT)];
    // Lower-case ASCII wording sorts the same in every collation, so the order is known here.
    const wordings: [string, string][] = [
      ["burned", ""],
      ["deported", "first day"],
      ["deported", "whole event"],
      ["killed", ""],
      ["killed", "one night"],
      ["wounded", ""],
    ];
    for (const [index, [measure, scope]] of wordings.entries())
      await claim(
        sources[index < 3 ? 0 : 1]!.id,
        { subject, measure, kind: "count", ...(scope ? { scope } : {}) },
        "counted 26 dead",
      );
    const { id } = await db.subject.findFirstOrThrow({ where: { name: subject } });
    const page = (query: Record<string, string>) =>
      callRoute(subjectItem.GET, "GET", "", { params: { id }, query });
    const label = (row: { question: { measure: string; scope: string } }) =>
      `${row.question.measure}|${row.question.scope}`;

    const first = await page({ limit: "3" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ questionCount: 6, questionsBefore: 0 });
    expect(first.body.rows.map(label)).toEqual(wordings.slice(0, 3).map((w) => w.join("|")));
    // The columns are the sources of this page's questions only.
    expect(first.body.sources.map((s: { id: string }) => s.id)).toEqual([sources[0]!.id]);

    // A question recorded mid-walk, after the cursor, is met once; one before it, not at all.
    await claim(sources[1]!.id, { subject, measure: "looted", kind: "count" }, "counted 26 dead");
    await claim(sources[1]!.id, { subject, measure: "arrested", kind: "count" }, "counted 26 dead");
    const second = await page({ limit: "3", after: first.body.nextCursor });
    expect(second.body).toMatchObject({ questionCount: 8, questionsBefore: 4 });
    expect(second.body.rows.map(label)).toEqual(["killed|", "killed|one night", "looted|"]);
    expect(second.body.sources.map((s: { id: string }) => s.id)).toEqual([sources[1]!.id]);
    const third = await page({ limit: "3", after: second.body.nextCursor });
    expect(third.body.rows.map(label)).toEqual(["wounded|"]);
    expect(third.body.nextCursor).toBeNull();

    // Without a limit, a page holds 50; an after that is not a cursor, or a limit over 100, is
    // refused with the field named.
    const whole = await page({});
    expect(whole.body.rows.map(label)).toEqual([
      "arrested|",
      ...wordings.slice(0, 4).map((w) => w.join("|")),
      "killed|one night",
      "looted|",
      "wounded|",
    ]);
    expect(whole.body.nextCursor).toBeNull();
    const badCursor = await page({ after: "not-a-cursor" });
    expect(badCursor.status).toBe(422);
    expect(badCursor.body.error.fields.after).toBeDefined();
    const tooMany = await page({ limit: "101" });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.fields.limit[0]).toBe("limit must be a whole number from 1 to 100.");
  });

  test("an unknown subject is 404", async () => {
    const response = await callRoute(subjectItem.GET, "GET", "", { params: { id: "nope" } });
    expect(response.status).toBe(404);
  });
});

describe("GET /api/v1/questions?q= (the pickers' search)", () => {
  test("finds questions by words of the subject, measure and scope, accents and case aside", async () => {
    const subject = fixtures.subject("Sumqayıt events");
    const source = await fixtures.source(TEXT);
    const wanted = await claim(
      source.id,
      { subject, measure: "Armenians killed", kind: "count", scope: "first night" },
      "counted 26 dead",
    );
    await claim(source.id, { subject, measure: "wounded", kind: "count" }, "hundreds of dead");
    const suffix = subject.split(" ").at(-1)!;
    const response = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { q: `SUMQAYIT ${suffix} killed night`, limit: "5" },
    });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        id: wanted.questionId,
        measure: "Armenians killed",
        scope: "first night",
        subject: expect.objectContaining({ name: subject }),
      }),
    ]);
    const both = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { q: `sumqayit ${suffix}` },
    });
    expect(both.body.items).toHaveLength(2);
    const limited = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { q: `sumqayit ${suffix}`, limit: "1" },
    });
    expect(limited.body.items).toHaveLength(1);
  });

  test("a limit over the maximum is refused", async () => {
    const response = await callRoute(collection.GET, "GET", "/api/v1/questions", {
      query: { q: "x", limit: "101" },
    });
    expect(response.status).toBe(422);
  });
});
