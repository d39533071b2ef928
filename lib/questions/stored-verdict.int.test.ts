// Law: whatever series of writes happens — to claims, and to the origins and sources whose names
// the verdict sentences carry — each question's stored verdict equals the one computed afresh
// from its claims (what `npm run verdicts:check` checks).
import fc from "fast-check";
import { afterAll, expect, test } from "vitest";
import { recordClaim, updateClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { restoreClaim, trashClaim } from "@/lib/claims/claim-trash";
import { db } from "@/lib/db/client";
import { testFixtures } from "@/lib/testing/fixtures";
import { nameKey } from "@/lib/naming/name-key";
import { mergeOrigin, renameOrigin } from "@/lib/origins/origin-edit";
import { updateSource } from "@/lib/sources/source-data";
import { SourceUpdateSchema } from "@/lib/sources/source-schema";
import { restoreSource, trashSource } from "@/lib/sources/source-trash";
import { purgeClaim } from "@/lib/trash/purge";
import { checkStoredVerdicts } from "./verdict-check";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const QUOTES = ["counted 26 dead", "hundreds of dead", "more than 100 died", "about 30 dead"];
const TEXT =
  "Officials counted 26 dead. Witnesses spoke of hundreds of dead. A film said more than 100 died in one night. Later about 30 dead were named.";
// Names of this run only: other tests' claims cite no origin the renames and merges here change.
const run = crypto.randomUUID().slice(0, 6);
const ORIGINS = [`Prosecutor ${run}`, `Witnesses ${run}`, `Hospital ${run}`, undefined];
/** Each origin's name now (a rename appends or drops " (renamed)"). */
const current = ORIGINS.slice();
const ADMIN = { id: "test", name: "test", role: "admin" as const };

type Op =
  | { op: "create"; source: number; question: number; quote: number; origin: number }
  | { op: "edit"; claim: number; quote: number; origin: number }
  | { op: "override"; claim: number; figure: number | null }
  | { op: "move"; claim: number; question: number }
  | { op: "trash" | "restore" | "purge"; claim: number }
  | { op: "renameOrigin"; origin: number }
  | { op: "mergeOrigin"; origin: number; into: number }
  | { op: "trashSource" | "restoreSource" | "retitleSource"; source: number };

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
  fc.record({ op: fc.constant("renameOrigin" as const), origin: fc.nat({ max: 2 }) }),
  fc.record({
    op: fc.constant("mergeOrigin" as const),
    origin: fc.nat({ max: 2 }),
    into: fc.nat({ max: 2 }),
  }),
  fc.record({
    op: fc.constantFrom("trashSource" as const, "restoreSource" as const, "retitleSource" as const),
    source: fc.nat({ max: 2 }),
  }),
);

/** The id of the origin named ORIGINS[n] now, if it exists (a merge removes one). */
async function originId(n: number): Promise<string | undefined> {
  const found = await db.origin.findUnique({
    where: { nameKey: nameKey(current[n]!) },
    select: { id: true },
  });
  return found?.id;
}

test("stored verdicts equal recomputed ones after any series of claim, origin and source writes", async () => {
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
  // The most claims any of these questions held when the law was checked (see the last assertion).
  let mostClaims = 0;
  const pick = (n: number) => claims[n % Math.max(1, claims.length)];

  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const op of ops) {
        if (op.op === "renameOrigin") {
          const id = await originId(op.origin);
          if (!id) continue;
          const name = current[op.origin]!;
          const renamed = name.endsWith(" (renamed)") ? name.slice(0, -10) : `${name} (renamed)`;
          if ((await renameOrigin(id, renamed)).ok) current[op.origin] = renamed;
          continue;
        }
        if (op.op === "mergeOrigin") {
          const [from, into] = [await originId(op.origin), await originId(op.into)];
          if (from && into) await mergeOrigin(from, into);
          continue;
        }
        if (op.op === "trashSource" || op.op === "restoreSource" || op.op === "retitleSource") {
          const id = sources[op.source]!.id;
          if (op.op === "trashSource") await trashSource(id);
          else if (op.op === "restoreSource") await restoreSource(id);
          else {
            const title = (await db.source.findUniqueOrThrow({ where: { id } })).title;
            const retitled = title.endsWith(" II") ? title.slice(0, -3) : `${title} II`;
            await updateSource(id, SourceUpdateSchema.parse({ title: retitled }));
          }
          continue;
        }
        const claim = "claim" in op ? pick(op.claim) : undefined;
        if (op.op === "create") {
          const made = await recordClaim(
            ClaimInputSchema.parse({
              sourceId: sources[op.source]!.id,
              questionId: questionIds[op.question],
              quote: { exact: QUOTES[op.quote] },
              origin: current[op.origin],
            }),
          );
          if (made.ok) claims.push(made.value.id);
        } else if (!claim) continue;
        else if (op.op === "edit")
          await updateClaim(
            claim,
            ClaimUpdateSchema.parse({
              stated: QUOTES[op.quote],
              origin: current[op.origin] ?? null,
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
      const held = await db.question.aggregate({
        where: { id: { in: questionIds } },
        _max: { claimCount: true },
      });
      mostClaims = Math.max(mostClaims, held._max.claimCount ?? 0);
    }),
    { numRuns: 15 },
  );
  // The law was tested on real verdicts: at some check the questions held claims. (At the end
  // they may hold none — a series can trash every source — so this looks back over all checks.)
  expect(mostClaims).toBeGreaterThan(0);
}, 120_000);

test("an origin renamed while claims citing it are recorded on other connections leaves no verdict with its old name", async () => {
  const subject = fixtures.subject("Rename race");
  const source = await fixtures.source(TEXT);
  let name = `Ministry ${crypto.randomUUID().slice(0, 6)}`;
  const first = await recordClaim(
    ClaimInputSchema.parse({
      sourceId: source.id,
      question: { subject, measure: "killed", kind: "count" },
      quote: { exact: QUOTES[0] },
      origin: name,
    }),
  );
  if (!first.ok) throw new Error(first.failure.message);
  const id = (await db.origin.findUniqueOrThrow({ where: { nameKey: nameKey(name) } })).id;
  const questions = [first.value.questionId];
  for (let round = 1; round <= 8; round++) {
    const renamed = `${name.split(" #")[0]} #${round}`;
    // On their own connections, at once: a claim citing the origin by its current name on a
    // new question, and the rename.
    const [recorded, rename] = await Promise.all([
      recordClaim(
        ClaimInputSchema.parse({
          sourceId: source.id,
          question: { subject, measure: "killed", kind: "count", scope: `round ${round}` },
          quote: { exact: QUOTES[round % QUOTES.length] },
          origin: name,
        }),
      ),
      renameOrigin(id, renamed),
    ]);
    if (recorded.ok) questions.push(recorded.value.questionId);
    if (rename.ok) name = renamed;
  }
  const { differences } = await checkStoredVerdicts();
  expect(differences.filter((d) => questions.includes(d.questionId))).toEqual([]);
  expect(questions.length).toBeGreaterThan(4);
});

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
