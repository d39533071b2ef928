// Every list and comparison endpoint costs the same number of queries however much data there is.
import { afterAll, expect, test } from "vitest";
import { onQuery } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim as claim } from "@/lib/testing/test-claim";
import * as questionItem from "./questions/[id]/route";
import * as questions from "./questions/route";
import * as sources from "./sources/route";
import * as subjectItem from "./subjects/[id]/route";
import * as subjects from "./subjects/route";
import * as trash from "./trash/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "Officials counted 26 dead. Witnesses spoke of hundreds of dead.";

test("list and comparison APIs run as many queries with 1 claim as with 40", async () => {
  const subject = fixtures.subject("Counted");
  const first = await claim(
    (await fixtures.source(TEXT)).id,
    { subject, measure: "killed", kind: "count" },
    "counted 26 dead",
  );
  const subjectId = (
    await callRoute(questionItem.GET, "GET", "", { params: { id: first.questionId } })
  ).body.question.subject.id as string;
  const calls: [string, () => Promise<unknown>][] = [
    ["questions", () => callRoute(questions.GET, "GET", "/api/v1/questions", { as: null })],
    [
      "questions of a subject",
      () => callRoute(questions.GET, "GET", "/api/v1/questions", { query: { subject: subjectId } }),
    ],
    ["subjects", () => callRoute(subjects.GET, "GET", "/api/v1/subjects", { as: null })],
    ["subject", () => callRoute(subjectItem.GET, "GET", "", { params: { id: subjectId } })],
    ["sources", () => callRoute(sources.GET, "GET", "/api/v1/sources", { as: null })],
    ["trash", () => callRoute(trash.GET, "GET", "/api/v1/trash")],
    // Built afresh (no-cache), then the answer that build left held: read again while the
    // question is unchanged, its fingerprint alone.
    [
      "comparison",
      () =>
        callRoute(questionItem.GET, "GET", "", {
          params: { id: first.questionId },
          headers: { "cache-control": "no-cache" },
        }),
    ],
    [
      "comparison held",
      () => callRoute(questionItem.GET, "GET", "", { params: { id: first.questionId } }),
    ],
  ];
  const count = async () => {
    const counts: Record<string, number> = {};
    for (const [name, call] of calls) {
      const queries: string[] = [];
      const stop = onQuery((sql) => queries.push(sql));
      await call();
      stop();
      counts[name] = queries.length;
    }
    return counts;
  };
  await count(); // the API tokens are made on the first call
  const small = await count();
  for (let i = 0; i < 13; i++) {
    const source = await fixtures.source(TEXT);
    await claim(
      source.id,
      first.questionId,
      i % 2 ? "hundreds of dead" : "counted 26 dead",
      `O${i}`,
    );
    await claim(source.id, { subject, measure: `measure ${i}`, kind: "count" }, "counted 26 dead");
    await claim(
      source.id,
      { subject: fixtures.subject(`Counted ${i}`), measure: "killed", kind: "count" },
      "hundreds of dead",
    );
  }
  const large = await count();
  expect(Object.values(small).every((n) => n > 0)).toBe(true);
  expect(large).toEqual(small);
}, 60_000);
