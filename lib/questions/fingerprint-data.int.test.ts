// A comparison's fingerprint changes with every change to a row its page shows, and with nothing
// else: reads, row locks and writes elsewhere leave it be.
import { afterAll, describe, expect, test } from "vitest";
import { restoreClaim, trashClaim } from "@/lib/claims/claim-trash";
import { db } from "@/lib/db/client";
import { renameOrigin } from "@/lib/origins/origin-edit";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim } from "@/lib/testing/test-claim";
import { readComparisonRows } from "./comparison-data";
import { readComparisonFingerprint } from "./fingerprint-data";
import { updateQuestion } from "./question-edit";
import { getQuestionComparison } from "./question-data";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "Officials counted 26 dead. Witnesses spoke of hundreds of dead. Others said 30 dead.";

async function setting() {
  const subject = fixtures.subject("Fingerprint");
  const [a, b] = [await fixtures.source(TEXT), await fixtures.source(TEXT)];
  const killed = { subject, measure: "killed", kind: "count" };
  const first = await testClaim(a.id, killed, "counted 26 dead", "Prosecutor");
  const second = await testClaim(b.id, first.questionId, "hundreds of dead", "Witnesses");
  // The same measure under another scope (the page links it), and another measure (it does not).
  const night = await testClaim(a.id, { ...killed, scope: "one night" }, "said 30 dead");
  const injured = await testClaim(a.id, { subject, measure: "injured", kind: "count" }, "30 dead");
  const wounded = await testClaim(a.id, { subject, measure: "wounded", kind: "count" }, "30 dead");
  return { questionId: first.questionId, a, b, first, second, night, injured, wounded };
}

/** Each fingerprint read must differ from every one read before it. */
function history(first: string | null) {
  const seen = new Set([first]);
  return (next: string | null) => {
    expect(next).not.toBeNull();
    expect(seen.has(next)).toBe(false);
    seen.add(next);
  };
}

describe("a comparison's fingerprint", () => {
  test("is the one the comparison's own statement reads, and reads do not change it", async () => {
    const { questionId } = await setting();
    const fingerprint = await readComparisonFingerprint(db, questionId);
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect((await readComparisonRows(db, questionId))!.fingerprint).toBe(fingerprint);
    await getQuestionComparison(questionId);
    // A row lock is not a change.
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Question" WHERE id = ${questionId} FOR NO KEY UPDATE`;
      await tx.$queryRaw`SELECT id FROM "Claim" WHERE "questionId" = ${questionId} FOR UPDATE`;
    });
    expect(await readComparisonFingerprint(db, questionId)).toBe(fingerprint);
  });

  test("changes with every row the page shows, whoever changes it", async () => {
    const { questionId, a, b, first, second, night, injured, wounded } = await setting();
    const now = () => readComparisonFingerprint(db, questionId);
    const fresh = history(await now());

    await updateQuestion(questionId, { unit: "people" });
    fresh(await now());
    await db.$executeRaw`UPDATE "Subject" SET name = name || ' (renamed)'
      WHERE id = (SELECT "subjectId" FROM "Question" WHERE id = ${questionId})`;
    fresh(await now());
    await db.$executeRaw`UPDATE "Claim" SET note = 'checked' WHERE id = ${second.id}`;
    fresh(await now());
    await db.$executeRaw`UPDATE "Passage" SET prefix = prefix WHERE "claimId" = ${first.id}`;
    fresh(await now());
    await db.$executeRaw`UPDATE "Source" SET publisher = 'Agency' WHERE id = ${b.id}`;
    fresh(await now());
    const originId = (await db.claim.findUniqueOrThrow({ where: { id: first.id } })).originId!;
    expect((await renameOrigin(originId, `Prosecutor's office ${questionId}`)).ok).toBe(true);
    fresh(await now());
    expect((await trashClaim(second.id)).ok).toBe(true);
    fresh(await now());
    // A trashed claim is still counted in: its restoring is a change, not a return.
    await db.$executeRaw`UPDATE "Claim" SET note = 'in the trash' WHERE id = ${second.id}`;
    fresh(await now());
    expect((await restoreClaim(second.id)).ok).toBe(true);
    fresh(await now());
    await testClaim(b.id, questionId, "Others said 30 dead");
    fresh(await now());
    // The other scope's claim count changes with a claim recorded there.
    await testClaim(b.id, night.questionId, "said 30 dead");
    fresh(await now());
    // A claim moved away is gone from the set.
    await db.$executeRaw`UPDATE "Claim" SET "questionId" = ${night.questionId} WHERE id = ${second.id}`;
    fresh(await now());

    // Other measures of the same subject (their keys sort on either side of the question's), and
    // a source none of its claims cite, are not shown.
    const unchanged = await now();
    await testClaim(a.id, injured.questionId, "hundreds of dead");
    await testClaim(a.id, wounded.questionId, "hundreds of dead");
    const elsewhere = await fixtures.source("Nothing to do with it.");
    await db.$executeRaw`UPDATE "Source" SET publisher = 'Agency' WHERE id = ${elsewhere.id}`;
    expect(await now()).toBe(unchanged);
  });

  test("is none for a question gone, or one whose scope's key holds the separator", async () => {
    const { questionId } = await setting();
    await db.$executeRaw`UPDATE "Question" SET scope = 'north｜south' WHERE id = ${questionId}`;
    expect(await readComparisonFingerprint(db, questionId)).toBeNull();
    expect((await readComparisonRows(db, questionId))!.fingerprint).toBeNull();
    await db.$executeRaw`UPDATE "Question" SET "deletedAt" = now() WHERE id = ${questionId}`;
    expect(await readComparisonFingerprint(db, questionId)).toBeNull();
    expect(await readComparisonFingerprint(db, "no-such-question")).toBeNull();
  });
});
