// Keyset pages: walking the list while others write never skips or repeats a question. In the
// default order (most divergent first) that holds while the questions walked keep their verdict;
// in label order it holds whatever the writes do to their claims.
import { afterAll, expect, test } from "vitest";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim as claim } from "@/lib/testing/test-claim";
import { listQuestions, type QuestionFilter } from "./question-data";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "Officials counted 26 dead. Witnesses spoke of hundreds of dead. About 30 dead.";
const QUOTES = ["counted 26 dead", "hundreds of dead", "About 30 dead"];

/** The ids of every page of the list, following nextCursor, with a pause between pages. */
async function walk(filter: Omit<QuestionFilter, "cursor">, pause: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listQuestions({ ...filter, cursor });
    seen.push(...page.items.map((q) => q.id));
    cursor = page.nextCursor ?? undefined;
    await new Promise((resolve) => setTimeout(resolve, pause));
  } while (cursor);
  return seen;
}

test("every question exactly once across pages while claims and questions are written", async () => {
  const subject = fixtures.subject("Paged");
  const other = fixtures.subject("Busy");
  const source = await fixtures.source(TEXT);
  const busy = await claim(
    source.id,
    { subject: other, measure: "killed", kind: "count" },
    QUOTES[0]!,
  );
  const existing: string[] = [];
  for (let i = 0; i < 24; i++) {
    // Diverging, agreeing and single-origin questions, so the pages cross verdict groups.
    const first = await claim(
      source.id,
      { subject, measure: `m${i}`, kind: "count" },
      QUOTES[i % 3]!,
    );
    if (i % 2) await claim(source.id, first.questionId, QUOTES[(i + 1) % 3]!);
    existing.push(first.questionId);
  }
  const subjectId = (await listQuestions({ limit: 100 })).items.find((q) =>
    existing.includes(q.id),
  )!.subject.id;

  let writing = true;
  let written = 0;
  // Meanwhile: new questions in the same subject (they land between pages) and claims that
  // change another subject's verdict.
  const writer = (async () => {
    while (writing) {
      await claim(
        source.id,
        { subject, measure: `new ${written}`, kind: "count" },
        QUOTES[written % 3]!,
      );
      await claim(source.id, busy.questionId, QUOTES[written % 3]!);
      written++;
    }
  })();
  let seen: string[];
  try {
    seen = await walk({ subjectId, limit: 5 }, 20);
  } finally {
    writing = false;
    await writer;
  }
  expect(written).toBeGreaterThan(0);
  expect(new Set(seen).size).toBe(seen.length);
  for (const id of existing) expect(seen).toContain(id);
}, 120_000);

test("in label order, every question exactly once while the questions walked change verdict", async () => {
  const subject = fixtures.subject("Walked");
  const source = await fixtures.source(TEXT);
  const existing: string[] = [];
  for (let i = 0; i < 24; i++)
    existing.push(
      (await claim(source.id, { subject, measure: `m${i}`, kind: "count" }, QUOTES[i % 3]!))
        .questionId,
    );
  const subjectId = (await listQuestions({ limit: 100 })).items.find((q) =>
    existing.includes(q.id),
  )!.subject.id;

  let writing = true;
  let written = 0;
  // Meanwhile: claims on the questions being walked (single origin → agree or diverge, so each
  // would jump across pages in verdict order) and new questions among them.
  const writer = (async () => {
    while (writing) {
      await claim(
        source.id,
        existing[(written * 7) % existing.length]!,
        QUOTES[(written + 1) % 3]!,
      );
      await claim(source.id, { subject, measure: `m${written}b`, kind: "count" }, QUOTES[0]!);
      written++;
    }
  })();
  let seen: string[];
  try {
    seen = await walk({ subjectId, order: "label", limit: 3 }, 40);
  } finally {
    writing = false;
    await writer;
  }
  expect(written).toBeGreaterThan(0);
  expect(new Set(seen).size).toBe(seen.length);
  for (const id of existing) expect(seen).toContain(id);
  // And the verdicts did change under the walk.
  const after = await listQuestions({ subjectId, order: "label", limit: 100 });
  expect(
    after.items.filter((q) => existing.includes(q.id) && q.claimCount > 1).length,
  ).toBeGreaterThan(0);
}, 120_000);
