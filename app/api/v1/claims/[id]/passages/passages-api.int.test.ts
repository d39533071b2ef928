import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as claims from "../../route";
import * as claim from "../route";
import * as passages from "./route";
import * as passage from "./[pid]/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const TEXT = [
  "According to official data, 26 citizens were killed in the riots.",
  "The prosecutor later repeated that 26 people had died.",
].join("\n\n");
const OTHER = "A wire report said the riots in the city left 26 dead.";

async function recordClaim() {
  const source = await fixtures.source(TEXT);
  const response = await callRoute(claims.POST, "POST", "/api/v1/claims", {
    json: {
      sourceId: source.id,
      question: { subject: fixtures.subject("Passages"), measure: "people killed", kind: "count" },
      quote: { exact: "26 citizens were killed" },
      stated: "26 citizens",
    },
  });
  expect(response.status).toBe(201);
  return { source, claim: response.body };
}

function add(claimId: string, json: unknown, headers: Record<string, string> = {}) {
  return callRoute(passages.POST, "POST", `/api/v1/claims/${claimId}/passages`, {
    params: { id: claimId },
    json,
    headers,
  });
}

function remove(claimId: string, pid: string, as?: "editor" | "reader") {
  return callRoute(passage.DELETE, "DELETE", `/api/v1/claims/${claimId}/passages/${pid}`, {
    params: { id: claimId, pid },
    as,
  });
}

describe("POST /api/v1/claims/:id/passages", () => {
  test("201: more words of the same source and of another source; the value stays, the version goes up, the history says so", async () => {
    const { claim: recorded } = await recordClaim();
    const other = await fixtures.source(OTHER);
    const same = await add(recorded.id, { quote: { exact: "26 people had died" }, version: 1 });
    expect(same.status).toBe(201);
    expect(same.body.version).toBe(2);
    expect(same.body.passages).toHaveLength(2);
    const elsewhere = await add(recorded.id, {
      sourceId: other.id,
      quote: { exact: "left 26 dead" },
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.passages).toHaveLength(3);
    const inOther = elsewhere.body.passages.find(
      (p: { sourceId: string }) => p.sourceId === other.id,
    );
    expect(other.text.slice(inOther.start, inOther.end)).toBe("left 26 dead");
    expect(elsewhere.body.value).toEqual(recorded.value);
    expect(elsewhere.body.stated).toBe("26 citizens");
    const revisions = await db.revision.findMany({
      where: { recordKind: "claim", recordId: recorded.id },
      orderBy: { version: "asc" },
      select: { version: true, changed: true, actorName: true },
    });
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(revisions[2]?.changed).toContain("passages");
  });

  test("refusals: the same words twice (409), words not in the text (422), a stale version (409), an unknown source (404)", async () => {
    const { claim: recorded } = await recordClaim();
    const twice = await add(recorded.id, { quote: { exact: "26 citizens were killed" } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("passage_exists");
    const missing = await add(recorded.id, { quote: { exact: "seven hundred wounded" } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe("quote_not_found");
    const stale = await add(
      recorded.id,
      { quote: { exact: "26 people had died" } },
      { "if-match": '"7"' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    const nowhere = await add(recorded.id, {
      sourceId: "c0000000000000000000000000",
      quote: { exact: "26" },
    });
    expect(nowhere.status).toBe(404);
    const invalid = await add(recorded.id, { quote: { exact: "26 people" }, colour: "red" });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe("validation_failed");
  });
});

describe("DELETE /api/v1/claims/:id/passages/:pid", () => {
  test("removes a passage; never the last one, nor the only one holding the stated words", async () => {
    const { claim: recorded } = await recordClaim();
    const [first] = recorded.passages;
    const last = await remove(recorded.id, first.id);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe("last_passage");

    const added = await add(recorded.id, { quote: { exact: "26 people had died" } });
    const second = added.body.passages.find((p: { id: string }) => p.id !== first.id);
    const holds = await remove(recorded.id, first.id);
    expect(holds.status).toBe(409);
    expect(holds.body.error.code).toBe("passage_holds_stated");

    const reader = await remove(recorded.id, second.id, "reader");
    expect(reader.status).toBe(403);
    const removed = await remove(recorded.id, second.id, "editor");
    expect(removed.status).toBe(200);
    expect(removed.body.passages.map((p: { id: string }) => p.id)).toEqual([first.id]);
    expect(removed.body.version).toBe(3);

    const unknown = await remove(recorded.id, "c0000000000000000000000000");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("passage_not_found");
  });

  test("a claim edited after a second passage was added still reads its value from the stated words' passage", async () => {
    const { claim: recorded } = await recordClaim();
    await add(recorded.id, { quote: { exact: "According to official data" } });
    const edited = await callRoute(claim.PATCH, "PATCH", `/api/v1/claims/${recorded.id}`, {
      params: { id: recorded.id },
      json: { note: "two passages" },
      headers: { "if-match": "*" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.value).toMatchObject({ best: 26 });
  });
});
