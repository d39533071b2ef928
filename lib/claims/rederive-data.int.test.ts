import { afterAll, describe, expect, test } from "vitest";
import * as claims from "@/app/api/v1/claims/route";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { RULES_VERSION } from "@/lib/values/rules-version";
import { rederiveStoredValues } from "./rederive-data";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = "According to the ministry, 26 people were killed and more than 100 were injured.";

async function recordAndAge(stated: string, measure: string) {
  const source = await fixtures.source(TEXT);
  const response = await callRoute(claims.POST, "POST", "/api/v1/claims", {
    json: {
      sourceId: source.id,
      question: { subject: fixtures.subject("Rederive"), measure, kind: "count" },
      quote: { exact: TEXT },
      stated,
    },
  });
  expect(response.status).toBe(201);
  const id: string = response.body.id;
  // As an older rules version might have stored it: another number, no rules version.
  const { rulesVersion: _dropped, ...value } = response.body.value;
  const older = { ...value, low: { value: 25, inclusive: true }, best: 25 };
  await db.claim.update({ where: { id }, data: { value: older, parsedValue: older } });
  return { id, questionId: response.body.questionId as string };
}

describe("rederiveStoredValues (npm run values:rederive)", () => {
  test("a dry run lists what would change and writes nothing; --apply writes it as a recorded edit and refreshes the verdict", async () => {
    const { id, questionId } = await recordAndAge("26 people", "people killed");
    const dry = await rederiveStoredValues({ claimIds: [id] });
    expect(dry.checked).toBe(1);
    expect(dry.changes).toEqual([
      expect.objectContaining({
        claimId: id,
        applied: false,
        refusal: null,
        versions: { before: 1, after: RULES_VERSION },
      }),
    ]);
    expect(dry.changes[0]?.before).not.toBe(dry.changes[0]?.after);
    const unchanged = await db.claim.findUniqueOrThrow({
      where: { id },
      select: { version: true, value: true },
    });
    expect(unchanged.version).toBe(1);
    expect(unchanged.value).toMatchObject({ best: 25 });

    const applied = await rederiveStoredValues({ claimIds: [id], apply: true });
    expect(applied.changes[0]?.applied).toBe(true);
    const written = await db.claim.findUniqueOrThrow({
      where: { id },
      select: { version: true, value: true, parsedValue: true },
    });
    expect(written.version).toBe(2);
    expect(written.value).toMatchObject({ best: 26, rulesVersion: RULES_VERSION });
    expect(written.parsedValue).toMatchObject({ best: 26 });
    const revision = await db.revision.findUniqueOrThrow({
      where: { recordKind_recordId_version: { recordKind: "claim", recordId: id, version: 2 } },
      select: { action: true, changed: true },
    });
    expect(revision.action).toBe("update");
    expect(revision.changed).toContain("value");
    const question = await db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { verdictSummary: true },
    });
    expect(question.verdictSummary).toContain("26");

    const again = await rederiveStoredValues({ claimIds: [id], apply: true });
    expect(again.changes).toEqual([]);
  });

  test("a claim the current rules refuse is listed with the reason and never written", async () => {
    const { id } = await recordAndAge("26 people", "people killed");
    await db.claim.update({ where: { id }, data: { stated: "twenty-six people" } });
    const report = await rederiveStoredValues({ claimIds: [id], apply: true });
    expect(report.changes).toEqual([
      expect.objectContaining({ claimId: id, after: null, applied: false }),
    ]);
    expect(report.changes[0]?.refusal).toMatch(/not in the quoted passage/);
    const stored = await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(stored.version).toBe(1);
  });
});
