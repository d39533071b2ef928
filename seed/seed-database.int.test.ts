import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { purgeTestRows } from "@/lib/testing/fixtures";
import { resolvePassage } from "@/lib/passages/resolve-passage";
import { SAMPLE_CLAIMS } from "./sample-claims";
import { SAMPLE_SOURCES } from "./sample-sources";
import { seedSampleCorpus } from "./seed-database";

const subjects = [...new Set(SAMPLE_CLAIMS.map((claim) => claim.question.subject))];

afterAll(async () => {
  const sources = await db.source.findMany({
    where: { title: { in: SAMPLE_SOURCES.map((s) => s.title) } },
    select: { id: true },
  });
  await purgeTestRows({ sourceIds: sources.map((s) => s.id), subjectNames: subjects });
  await db.origin.deleteMany({ where: { claims: { none: {} } } });
});

test("the sample corpus loads once: a second run adds nothing", async () => {
  const first = await seedSampleCorpus();
  expect(first).toEqual({ sourcesAdded: 3, claimsAdded: SAMPLE_CLAIMS.length });
  const counts = async () => [
    await db.source.count(),
    await db.claim.count(),
    await db.question.count(),
  ];
  const before = await counts();
  expect(await seedSampleCorpus()).toEqual({ sourcesAdded: 0, claimsAdded: 0 });
  expect(await counts()).toEqual(before);
});

test("every seeded passage resolves to its own words at its own position", async () => {
  const passages = await db.passage.findMany({
    where: { source: { title: { in: SAMPLE_SOURCES.map((s) => s.title) } } },
    select: {
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      source: { select: { text: true } },
    },
  });
  expect(passages).toHaveLength(SAMPLE_CLAIMS.length);
  for (const passage of passages) {
    const resolved = resolvePassage(passage.source.text, passage);
    expect(resolved).toEqual({
      ok: true,
      start: passage.start,
      end: passage.end,
      method: "position",
    });
    expect(passage.source.text.slice(passage.start, passage.end)).toBe(passage.exact);
  }
});

test("the official Sumgait count is one origin relayed by two sources", async () => {
  const claims = await db.claim.findMany({
    where: {
      question: { measure: "Armenians killed", scope: "whole event" },
      stated: { startsWith: "26" },
    },
    select: { sourceId: true, originId: true },
  });
  expect(claims).toHaveLength(2);
  expect(new Set(claims.map((c) => c.sourceId)).size).toBe(2);
  expect(new Set(claims.map((c) => c.originId)).size).toBe(1);
});
