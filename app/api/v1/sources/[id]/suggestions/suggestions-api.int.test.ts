import { readFileSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as claims from "@/app/api/v1/claims/route";
import * as suggestions from "./route";
import * as dismissals from "./dismissals/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const ARMINFO = readFileSync("seed/corpus/arminfo-sumgait-ombudsman.txt", "utf8");
const NOAA = readFileSync("eval/suggestions/texts/noaa-april-2011-tornado-outbreak.txt", "utf8");

interface Item {
  key: string;
  wording: string;
  counted: string | null;
  attribution: { origin: string | null } | null;
  questions: { questionId: string; score: number }[];
  recorded: boolean;
  dismissed: boolean;
  proposal: {
    quote: { text: string };
    stated: { text: string };
    origin: string | null;
    questionId: string | null;
  };
}

async function list(sourceId: string, as?: "reader" | null) {
  const response = await callRoute(
    suggestions.GET,
    "GET",
    `/api/v1/sources/${sourceId}/suggestions`,
    {
      params: { id: sourceId },
      as,
    },
  );
  return response as {
    status: number;
    body: { items: Item[]; questions: { id: string }[]; language: string };
  };
}

function dismiss(sourceId: string, json: unknown, as?: "editor" | "reader") {
  return callRoute(dismissals.POST, "POST", `/api/v1/sources/${sourceId}/suggestions/dismissals`, {
    params: { id: sourceId },
    json,
    as,
  });
}

describe("GET /api/v1/sources/:id/suggestions", () => {
  test("a news text: figures with what they count, their attribution, the questions they may answer; recorded ones marked", async () => {
    const source = await fixtures.source(ARMINFO, { published: "2020-02", language: "en" });
    const recorded = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      json: {
        sourceId: source.id,
        question: {
          subject: fixtures.subject("Sumgait pogrom"),
          measure: "Armenians killed",
          kind: "count",
        },
        quote: { exact: "According to unofficial estimates, hundreds of Armenians were killed." },
        stated: "hundreds of Armenians",
      },
    });
    expect(recorded.status).toBe(201);
    const questionId = recorded.body.questionId;

    const response = await list(source.id, "reader");
    expect(response.status).toBe(200);
    const byWording = new Map(response.body.items.map((item) => [item.wording, item]));
    const official = byWording.get("26");
    expect(official).toMatchObject({
      counted: "citizens of Armenian nationality killed",
      attribution: { origin: "USSR Prosecutor General's Office" },
      recorded: false,
      dismissed: false,
      proposal: {
        stated: { text: "26 citizens of Armenian nationality" },
        origin: "USSR Prosecutor General's Office",
        questionId,
      },
    });
    expect(official?.proposal.quote.text).toContain(
      "26 citizens of Armenian nationality were killed",
    );
    expect(official?.questions[0]?.questionId).toBe(questionId);
    expect(response.body.questions.map((q) => q.id)).toContain(questionId);
    // The injured are another measure: the question about the killed is not proposed for them.
    expect(byWording.get("more than a hundred")?.questions.map((q) => q.questionId)).not.toContain(
      questionId,
    );
    expect(byWording.get("hundreds")).toMatchObject({
      recorded: true,
      attribution: { origin: "unofficial estimates" },
    });
    expect(byWording.has("February 27-29, 1988")).toBe(true);
  });

  test("a government press text: counts, spans of time and dates; dismissals are remembered per source", async () => {
    const source = await fixtures.source(NOAA, { published: "2011-05-04", language: "en" });
    const other = await fixtures.source(NOAA, { published: "2011-05-04" });
    const first = await list(source.id);
    expect(first.status).toBe(200);
    const tornadoes = first.body.items.find((item) => item.wording === "305");
    expect(tornadoes).toMatchObject({ counted: "tornadoes", dismissed: false });
    expect(first.body.items.some((item) => item.wording === "more than 90")).toBe(true);

    const created = await dismiss(source.id, { key: tornadoes!.key }, "editor");
    expect(created.status).toBe(201);
    const again = await dismiss(source.id, { key: tornadoes!.key }, "editor");
    expect(again.status).toBe(200);

    const after = await list(source.id);
    expect(after.body.items.find((item) => item.key === tornadoes!.key)?.dismissed).toBe(true);
    const elsewhere = await list(other.id);
    expect(elsewhere.body.items.find((item) => item.key === tornadoes!.key)?.dismissed).toBe(false);
  });

  test("refusals: an unknown source (404), a reader dismissing (403), a malformed key (422)", async () => {
    const source = await fixtures.source("In all 12 houses burned.");
    expect((await list("c0000000000000000000000000")).status).toBe(404);
    expect((await dismiss(source.id, { key: "0123456789abcdef" }, "reader")).status).toBe(403);
    const bad = await dismiss(source.id, { key: "not a key" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("validation_failed");
    expect((await dismiss("c0000000000000000000000000", { key: "0123456789abcdef" })).status).toBe(
      404,
    );
  });
});
