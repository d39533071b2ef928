import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { testFixtures } from "@/lib/testing/fixtures";
import { listTrash } from "./trash-data";
import { MAX_TRASH_ROWS, TRASH_PAGE_SIZE, TrashQuerySchema } from "./trash-kinds";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

/** `count` trashed questions of a new subject; every third shares its time trashed with another. */
async function trashedQuestions(count: number, at: (n: number) => Date) {
  const name = fixtures.subject("Trash paging");
  const subject = await db.subject.create({ data: { name, nameKey: name.toLowerCase() } });
  const rows = Array.from({ length: count }, (_, n) => ({
    id: `trash${subject.id}${String(n).padStart(6, "0")}`,
    subjectId: subject.id,
    measure: `measure ${n}`,
    kind: "count" as const,
    key: `${subject.id}:${n}`,
    sortLabel: `${name} — measure ${n}`.toLowerCase(),
    deletedAt: at(n),
  }));
  await db.question.createMany({ data: rows });
  return new Set(rows.map((row) => row.id));
}

test("following nextCursor lists every trashed record once, newest first, ties included", async () => {
  // In the year 3000, so that they come before whatever else is in the test database's trash.
  const base = Date.UTC(3000, 0, 1);
  const ours = await trashedQuestions(
    2 * TRASH_PAGE_SIZE + 7,
    (n) => new Date(base - 1000 * Math.floor(n / 3)),
  );
  const seen: string[] = [];
  const times: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query = TrashQuerySchema.parse({ kind: "question", cursor: cursor ?? undefined });
    const page = await listTrash("question", query);
    expect(page.items.length).toBeLessThanOrEqual(TRASH_PAGE_SIZE);
    for (const item of page.items)
      if (ours.has(item.id)) {
        seen.push(item.id);
        times.push(item.deletedAt.getTime());
      }
    cursor = page.nextCursor;
    pages++;
  } while (cursor && seen.length < ours.size);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(new Set(seen).size).toBe(seen.length);
  expect(new Set(seen)).toEqual(ours);
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test("past MAX_TRASH_ROWS the trash is counted as 'more than', and numbered pages stop", async () => {
  await trashedQuestions(MAX_TRASH_ROWS + 1, (n) => new Date(Date.UTC(1990, 0, 1) + n));
  const page = await listTrash("question", { page: 1 });
  expect(page.total).toBe(MAX_TRASH_ROWS);
  expect(page.totalCapped).toBe(true);
  expect(page.nextCursor).not.toBeNull();
  const last = MAX_TRASH_ROWS / TRASH_PAGE_SIZE;
  expect(TrashQuerySchema.safeParse({ kind: "question", page: last }).success).toBe(true);
  const tooDeep = TrashQuerySchema.safeParse({ kind: "question", page: last + 1 });
  expect(tooDeep.error?.issues[0]?.message).toMatch(/follow nextCursor/);
});
