import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { checkStoredVerdicts } from "@/lib/questions/verdict-check";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as claimItem from "./claims/[id]/route";
import * as claims from "./claims/route";
import * as questionItem from "./questions/[id]/route";
import * as sourceItem from "./sources/[id]/route";
import * as sources from "./sources/route";
import * as subjects from "./subjects/route";

// Each test starts writes at the same moment through the route handlers; the pool gives each its
// own PostgreSQL connection, so they really run side by side. Rounds repeat a race until the old
// code (check-then-act outside a lock) lost data in nearly every run.
const ROUNDS = 10;
const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "Officials said 26 people were killed and 100 were injured; others spoke of hundreds.";

const postClaim = (json: unknown) => callRoute(claims.POST, "POST", "/api/v1/claims", { json });

async function emptyQuestion(sourceId: string, subject: string, measure = "killed") {
  const first = await postClaim({
    sourceId,
    question: { subject, measure, kind: "count" },
    quote: { exact: "26 people were killed" },
  });
  expect(first.status).toBe(201);
  await callRoute(claimItem.DELETE, "DELETE", "", { params: { id: first.body.id } });
  return first.body.questionId as string;
}

describe("races against real parallel connections", () => {
  test("deleting an empty question while claims are posted to it never loses an acknowledged claim", async () => {
    const source = await fixtures.source(TEXT);
    for (let round = 0; round < ROUNDS; round++) {
      const questionId = await emptyQuestion(source.id, fixtures.subject("Race delete"));
      const [deleted, ...posted] = await Promise.all([
        callRoute(questionItem.DELETE, "DELETE", "", { params: { id: questionId } }),
        ...Array.from({ length: 4 }, () =>
          postClaim({ sourceId: source.id, questionId, quote: { exact: "26 people were killed" } }),
        ),
      ]);
      const created = posted.filter((r) => r.status === 201);
      for (const r of posted) expect([201, 404]).toContain(r.status);
      expect([204, 409]).toContain(deleted.status);
      if (deleted.status === 204) expect(created).toHaveLength(0);
      for (const claim of created) {
        const read = await callRoute(claimItem.GET, "GET", "", { params: { id: claim.body.id } });
        expect(read.status).toBe(200);
        const question = await callRoute(questionItem.GET, "GET", "", {
          params: { id: questionId },
        });
        expect(question.body.claims.map((c: { id: string }) => c.id)).toContain(claim.body.id);
      }
    }
  });

  test("two questions of one subject deleted at once leave no empty subject listed", async () => {
    const source = await fixtures.source(TEXT);
    for (let round = 0; round < ROUNDS; round++) {
      const subject = fixtures.subject("Race subject");
      const a = await emptyQuestion(source.id, subject, "killed");
      const b = await emptyQuestion(source.id, subject, "injured");
      const results = await Promise.all(
        [a, b].map((id) => callRoute(questionItem.DELETE, "DELETE", "", { params: { id } })),
      );
      expect(results.map((r) => r.status)).toEqual([204, 204]);
      const listed = await callRoute(subjects.GET, "GET", "/api/v1/subjects");
      expect(listed.body.items.map((s: { name: string }) => s.name)).not.toContain(subject);
    }
  });

  test("a PATCH of the value and a PATCH of the note, at once, both land", async () => {
    const source = await fixtures.source(TEXT);
    const claim = await postClaim({
      sourceId: source.id,
      question: { subject: fixtures.subject("Race patch"), measure: "killed", kind: "count" },
      quote: { exact: "26 people were killed" },
    });
    for (let round = 0; round < 2 * ROUNDS; round++) {
      const best = 20 + round;
      const note = `note ${round}`;
      const responses = await Promise.all([
        callRoute(claimItem.PATCH, "PATCH", "", {
          params: { id: claim.body.id },
          json: { value: { low: best, high: best, best } },
          // "Whatever version is current": each PATCH then changes only the fields it names.
          headers: { "if-match": "*" },
        }),
        callRoute(claimItem.PATCH, "PATCH", "", {
          params: { id: claim.body.id },
          json: { note },
          headers: { "if-match": "*" },
        }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      const after = await callRoute(claimItem.GET, "GET", "", { params: { id: claim.body.id } });
      expect(after.body.override).toMatchObject({ best });
      expect(after.body.value.best).toBe(best);
      expect(after.body.note).toBe(note);
    }
  });

  test("twenty posts creating one new question, subject and origin all get 201 and one of each", async () => {
    const source = await fixtures.source(TEXT);
    for (let round = 0; round < 3; round++) {
      const subject = fixtures.subject("Race create");
      const origin = `Race origin ${crypto.randomUUID()}`;
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          postClaim({
            sourceId: source.id,
            question: { subject, measure: "killed", kind: "count" },
            quote: { exact: "26 people were killed" },
            origin,
          }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(new Set(responses.map((r) => r.body.questionId)).size).toBe(1);
      expect(new Set(responses.map((r) => r.body.origin.id)).size).toBe(1);
      expect(await db.subject.count({ where: { name: subject } })).toBe(1);
      expect(await db.origin.count({ where: { name: origin } })).toBe(1);
    }
  });

  test("writes racing the deletion of their claim, question or source answer 404, never 500", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const source = await fixtures.source(TEXT);
      const subject = fixtures.subject("Race gone");
      const claim = await postClaim({
        sourceId: source.id,
        question: { subject, measure: "killed", kind: "count" },
        quote: { exact: "26 people were killed" },
      });
      const [patch, gone, post, sourceGone] = await Promise.all([
        callRoute(claimItem.PATCH, "PATCH", "", {
          params: { id: claim.body.id },
          json: { stated: "26 people" },
          headers: { "if-match": "*" },
        }),
        callRoute(claimItem.DELETE, "DELETE", "", { params: { id: claim.body.id } }),
        postClaim({
          sourceId: source.id,
          question: { subject, measure: "injured", kind: "count" },
          quote: { exact: "100 were injured" },
        }),
        callRoute(sourceItem.DELETE, "DELETE", "", { params: { id: source.id } }),
      ]);
      expect([200, 404]).toContain(patch.status);
      expect([204, 404]).toContain(gone.status);
      expect([201, 404]).toContain(post.status);
      expect(sourceGone.status).toBe(204);
      // A claim acknowledged on a source trashed a moment later went to the trash with it.
      if (post.status === 201) {
        const row = await db.claim.findUnique({ where: { id: post.body.id } });
        expect(row?.trashedWith).toBe(source.id);
      }
      for (const r of [patch, gone, post])
        if (r.status === 404) expect(r.body.error.code).toMatch(/not_found/);
    }
  });

  test("sources added and trashed at once leave the sources list's total counting the live ones", async () => {
    const liveSources = () => db.source.count({ where: { deletedAt: null } });
    const listedTotal = async () =>
      (await callRoute(sources.GET, "GET", "/api/v1/sources")).body.total as number;
    for (let round = 0; round < 3; round++) {
      const old = await Promise.all(
        Array.from({ length: 4 }, (_, i) => fixtures.source(`${TEXT} Old ${round}-${i}.`)),
      );
      const before = await listedTotal();
      expect(before).toBe(await liveSources());
      const results = await Promise.all([
        ...Array.from({ length: 6 }, (_, i) => fixtures.source(`${TEXT} New ${round}-${i}.`)),
        ...old.map((source) =>
          callRoute(sourceItem.DELETE, "DELETE", "", { params: { id: source.id } }),
        ),
      ]);
      expect(results.slice(6).map((r) => (r as { status: number }).status)).toEqual([
        204, 204, 204, 204,
      ]);
      // The other test files run one at a time, so nothing else adds or trashes sources now.
      expect(await listedTotal()).toBe(before + 6 - 4);
      expect(await listedTotal()).toBe(await liveSources());
    }
  });

  test("after all of that, every stored verdict equals the recomputed one", async () => {
    const { differences, tallies, sourceTally, stalePassages } = await checkStoredVerdicts();
    expect(differences).toEqual([]);
    // The totals by verdict, added to at the commit of every racing write, still count right,
    // and so do the total of live sources and the passages' live marks.
    expect(tallies).toBeNull();
    expect(sourceTally).toBeNull();
    expect(stalePassages).toBe(0);
  });
});
