// Law: whatever series of writes happens, each question's stored verdict equals the one computed
// afresh from its claims (what `npm run verdicts:check` checks).
import fc from "fast-check";
import { afterAll, expect, test } from "vitest";
import { recordClaim, updateClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { restoreClaim, trashClaim } from "@/lib/claims/claim-trash";
import { db } from "@/lib/db/client";
import { testFixtures } from "@/lib/testing/fixtures";
import { purgeClaim } from "@/lib/trash/purge";
import { checkStoredVerdicts } from "./verdict-check";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const QUOTES = ["counted 26 dead", "hundreds of dead", "more than 100 died", "about 30 dead"];
const TEXT =
  "Officials counted 26 dead. Witnesses spoke of hundreds of dead. A film said more than 100 died in one night. Later about 30 dead were named.";
const ORIGINS = ["Prosecutor", "Witnesses", "Hospital", undefined];
const ADMIN = { id: "test", name: "test", role: "admin" as const };

type Op =
  | { op: "create"; source: number; question: number; quote: number; origin: number }
  | { op: "edit"; claim: number; quote: number; origin: number }
  | { op: "override"; claim: number; figure: number | null }
  | { op: "move"; claim: number; question: number }
  | { op: "trash" | "restore" | "purge"; claim: number };

const index = fc.nat({ max: 40 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant("create" as const),
    source: fc.nat({ max: 2 }),
    question: fc.nat({ max: 2 }),
    quote: fc.nat({ max: QUOTES.length - 1 }),
    origin: fc.nat({ max: ORIGINS.length - 1 }),
  }),
  fc.record({
    op: fc.constant("edit" as const),
    claim: index,
    quote: fc.nat({ max: QUOTES.length - 1 }),
    origin: fc.nat({ max: ORIGINS.length - 1 }),
  }),
  fc.record({
    op: fc.constant("override" as const),
    claim: index,
    figure: fc.option(fc.integer({ min: 1, max: 500 })),
  }),
  fc.record({ op: fc.constant("move" as const), claim: index, question: fc.nat({ max: 2 }) }),
  fc.record({
    op: fc.constantFrom("trash" as const, "restore" as const, "purge" as const),
    claim: index,
  }),
);

test("stored verdicts equal recomputed ones after any series of claim writes", async () => {
  const subject = fixtures.subject("Verdict law");
  const sources = [
    await fixtures.source(TEXT),
    await fixtures.source(TEXT),
    await fixtures.source(TEXT),
  ];
  // Three questions of one subject; the first claim of each makes it.
  const questionIds: string[] = [];
  for (const scope of ["", "day one", "night"]) {
    const made = await recordClaim(
      ClaimInputSchema.parse({
        sourceId: sources[0]!.id,
        question: { subject, measure: "killed", kind: "count", scope },
        quote: { exact: QUOTES[0] },
      }),
    );
    if (!made.ok) throw new Error(made.failure.message);
    questionIds.push(made.value.questionId);
  }
  const claims: string[] = [];
  const pick = (n: number) => claims[n % Math.max(1, claims.length)];

  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const op of ops) {
        const claim = "claim" in op ? pick(op.claim) : undefined;
        if (op.op === "create") {
          const made = await recordClaim(
            ClaimInputSchema.parse({
              sourceId: sources[op.source]!.id,
              questionId: questionIds[op.question],
              quote: { exact: QUOTES[op.quote] },
              origin: ORIGINS[op.origin],
            }),
          );
          if (made.ok) claims.push(made.value.id);
        } else if (!claim) continue;
        else if (op.op === "edit")
          await updateClaim(
            claim,
            ClaimUpdateSchema.parse({
              stated: QUOTES[op.quote],
              origin: ORIGINS[op.origin] ?? null,
            }),
          );
        else if (op.op === "override")
          await updateClaim(claim, ClaimUpdateSchema.parse({ value: op.figure }));
        else if (op.op === "move")
          await updateClaim(
            claim,
            ClaimUpdateSchema.parse({ questionId: questionIds[op.question] }),
          );
        else if (op.op === "trash") await trashClaim(claim);
        else if (op.op === "restore") await restoreClaim(claim);
        else await purgeClaim(claim, ADMIN);
      }
      const { differences, tallies, stalePassages } = await checkStoredVerdicts();
      const ours = differences.filter((d) => questionIds.includes(d.questionId));
      expect(ours).toEqual([]);
      // The totals the lists read are kept by a trigger at each commit: they count the same.
      expect(tallies).toBeNull();
      // And search's live marks on passages, kept by triggers, as the claims say.
      expect(stalePassages).toBe(0);
    }),
    { numRuns: 15 },
  );
  // The law was tested on real verdicts: the questions hold claims and some diverge.
  const stored = await db.question.findMany({
    where: { id: { in: questionIds } },
    select: { claimCount: true },
  });
  expect(stored.some((q) => q.claimCount > 0)).toBe(true);
}, 120_000);

test("the check finds totals by verdict that no longer count the live questions, and recounts them", async () => {
  expect((await checkStoredVerdicts()).tallies).toBeNull();
  // As a bulk load with the trigger off would leave them.
  await db.$executeRaw`UPDATE "QuestionTally" SET "agree" = "agree" + 3 WHERE "slot" = 5`;
  const found = await checkStoredVerdicts();
  expect(found.tallies).not.toBeNull();
  expect(found.tallies!.stored.agree - found.tallies!.counted.agree).toBe(3);
  await checkStoredVerdicts({ fix: true });
  expect((await checkStoredVerdicts()).tallies).toBeNull();
});

test("the check finds a total of live sources that no longer counts them, and recounts it", async () => {
  expect((await checkStoredVerdicts()).sourceTally).toBeNull();
  // As a bulk load of sources with the trigger off would leave it.
  await db.$executeRaw`UPDATE "SourceTally" SET "live" = "live" - 2 WHERE "slot" = 3`;
  const found = await checkStoredVerdicts();
  expect(found.sourceTally).not.toBeNull();
  expect(found.sourceTally!.counted - found.sourceTally!.stored).toBe(2);
  await checkStoredVerdicts({ fix: true });
  expect((await checkStoredVerdicts()).sourceTally).toBeNull();
});
