// Search reads a passage's "live" mark instead of its claim, question and source: every write that
// trashes, restores or moves one of them must leave the mark as those rows say.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recordClaim, updateClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { restoreClaim, trashClaim } from "@/lib/claims/claim-trash";
import { addClaimPassage } from "@/lib/claims/passage-data";
import { PassageInputSchema } from "@/lib/claims/passage-schema";
import { db } from "@/lib/db/client";
import { trashEmptyQuestion } from "@/lib/questions/question-trash";
import { checkStoredVerdicts } from "@/lib/questions/verdict-check";
import { restoreSource, trashSource } from "@/lib/sources/source-trash";
import { testFixtures } from "@/lib/testing/fixtures";
import { search } from "./search-data";

const fixtures = testFixtures();
// A word no other test's rows contain, so the search results are this file's alone.
const tag = crypto.randomUUID().replace(/\D/g, "").slice(0, 6);
const word = `Velqorast${tag}`;
let claimId = "";
let homeSourceId = "";
let otherSourceId = "";

beforeAll(async () => {
  const home = await fixtures.source(`The council of ${word} counted 41 houses burned that night.`);
  const other = await fixtures.source(
    `A later report from ${word} also spoke of 41 houses burned.`,
  );
  homeSourceId = home.id;
  otherSourceId = other.id;
  const recorded = await recordClaim(
    ClaimInputSchema.parse({
      sourceId: home.id,
      question: {
        subject: fixtures.subject(`Fires of ${word}`),
        measure: "houses burned",
        kind: "count",
      },
      quote: { exact: `council of ${word} counted 41 houses burned` },
    }),
  );
  if (!recorded.ok) throw new Error(JSON.stringify(recorded));
  claimId = recorded.value.id;
  const added = await addClaimPassage(
    claimId,
    PassageInputSchema.parse({
      sourceId: other.id,
      quote: { exact: `report from ${word} also spoke of 41 houses burned` },
    }),
  );
  if (!added.ok) throw new Error(JSON.stringify(added));
});
afterAll(() => fixtures.cleanUp());

/** The stored marks of the claim's passages, by source. */
async function marks(): Promise<Record<string, boolean[]>> {
  const rows = await db.$queryRaw<{ sourceId: string; live: boolean }[]>`
    SELECT "sourceId", "live" FROM "Passage" WHERE "claimId" = ${claimId} ORDER BY "start"`;
  const bySource: Record<string, boolean[]> = {};
  for (const row of rows)
    (bySource[row.sourceId === homeSourceId ? "home" : "other"] ??= []).push(row.live);
  return bySource;
}

async function foundSources(): Promise<string[]> {
  const results = await search({ q: word, kind: "passages" });
  return (results.passages?.items ?? []).map((hit) => hit.source.id).sort();
}

describe("a passage's live mark", () => {
  test("is set on a new passage and found by search", async () => {
    expect(await marks()).toEqual({ home: [true], other: [true] });
    expect(await foundSources()).toEqual([homeSourceId, otherSourceId].sort());
  });

  test("follows its claim to the trash and back", async () => {
    expect((await trashClaim(claimId)).ok).toBe(true);
    expect(await marks()).toEqual({ home: [false], other: [false] });
    expect(await foundSources()).toEqual([]);
    expect((await restoreClaim(claimId)).ok).toBe(true);
    expect(await marks()).toEqual({ home: [true], other: [true] });
    expect(await foundSources()).toHaveLength(2);
  });

  test("leaves only the passage in a trashed source, while its claim lives on in another", async () => {
    expect(await trashSource(otherSourceId)).toBe("done");
    expect(await marks()).toEqual({ home: [true], other: [false] });
    expect(await foundSources()).toEqual([homeSourceId]);
    expect(await restoreSource(otherSourceId)).toBe("done");
    expect(await marks()).toEqual({ home: [true], other: [true] });
  });

  test("follows the question its claim is moved to", async () => {
    const other = await recordClaim(
      ClaimInputSchema.parse({
        sourceId: homeSourceId,
        question: {
          subject: fixtures.subject(`Trashed ${word}`),
          measure: "houses",
          kind: "count",
        },
        quote: { exact: "41 houses" },
      }),
    );
    if (!other.ok) throw new Error(JSON.stringify(other));
    const trashedQuestion = { id: other.value.questionId };
    expect((await trashClaim(other.value.id)).ok).toBe(true);
    expect(await trashEmptyQuestion(trashedQuestion.id)).toBe("trashed");
    const before = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { questionId: true },
    });
    // The app refuses a move to a trashed question; the trigger must still answer for the row.
    await db.claim.update({ where: { id: claimId }, data: { questionId: trashedQuestion.id } });
    expect(await marks()).toEqual({ home: [false], other: [false] });
    // Restoring the question brings its claims' passages back.
    await db.question.update({ where: { id: trashedQuestion.id }, data: { deletedAt: null } });
    expect(await marks()).toEqual({ home: [true], other: [true] });
    const moved = await updateClaim(
      claimId,
      ClaimUpdateSchema.parse({ questionId: before.questionId }),
    );
    expect(moved.ok).toBe(true);
    expect(await marks()).toEqual({ home: [true], other: [true] });
    expect(await foundSources()).toHaveLength(2);
  });

  test("is worked out for a passage written straight into a trashed claim", async () => {
    await db.claim.update({ where: { id: claimId }, data: { deletedAt: new Date() } });
    const passage = await db.passage.findFirstOrThrow({
      where: { claimId, sourceId: homeSourceId },
    });
    const { id: _id, ...copy } = passage;
    await db.passage.create({ data: { ...copy, start: copy.start + 1 } as typeof copy });
    expect(await marks()).toEqual({ home: [false, false], other: [false] });
    await db.claim.update({ where: { id: claimId }, data: { deletedAt: null } });
    expect(await marks()).toEqual({ home: [true, true], other: [true] });
  });

  test("npm run verdicts:check finds a wrong mark and fixes it", async () => {
    expect((await checkStoredVerdicts()).stalePassages).toBe(0);
    await db.$executeRaw`UPDATE "Passage" SET "live" = false WHERE "claimId" = ${claimId} AND "sourceId" = ${homeSourceId}`;
    expect((await checkStoredVerdicts()).stalePassages).toBeGreaterThanOrEqual(1);
    expect(await foundSources()).not.toContain(homeSourceId);
    await checkStoredVerdicts({ fix: true });
    expect((await checkStoredVerdicts()).stalePassages).toBe(0);
    expect(await foundSources()).toContain(homeSourceId);
  });
});
