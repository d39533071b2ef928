import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as collection from "./route";
import * as item from "./[id]/route";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

// Modelled on the sample texts: a non-breaking space, curly quotes, a repeated sentence opener.
const TEXT = [
  "According to official data, 26\u00a0citizens were killed in the riots, more than a hundred people were injured.",
  "According to unofficial estimates, hundreds of people were killed.",
  "The “Ring” operation ran in April-August 1991. A year later the villages were empty.",
  "It should be noted that many were wounded. It should be noted that many fled.",
  "Thirty-three years ago, the violence continued for a week.",
].join("\n \n");

async function post(json: unknown) {
  return callRoute(collection.POST, "POST", "/api/v1/claims", { json });
}

function newQuestion(measure: string, kind = "count", scope?: string) {
  return { subject: fixtures.subject("Test event"), measure, kind, scope };
}

describe("POST /api/v1/claims", () => {
  test("201: a typed quote finds the passage; the stored quote keeps the text's own characters", async () => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("people killed"),
      quote: { exact: "According to official data, 26 citizens were killed" },
      origin: "Prosecutor's Office",
      method: "official_count",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/api/v1/claims/${response.body.id}`);
    const [passage] = response.body.passages;
    expect(passage.exact).toBe("According to official data, 26\u00a0citizens were killed");
    expect(source.text.slice(passage.start, passage.end)).toBe(passage.exact);
    expect(passage.prefix).toBe("");
    expect(passage.suffix.startsWith(" in the riots")).toBe(true);
    // No stated words given: the figure is proposed from the quote and parsed.
    expect(response.body.stated).toBe("26\u00a0citizens");
    expect(response.body.value).toMatchObject({ type: "quantity", kind: "exact", best: 26 });
    expect(response.body.parsedValue).toEqual(response.body.value);
    expect(response.body.override).toBeNull();
    expect(response.body.origin.name).toBe("Prosecutor's Office");
  });

  test("201: offsets instead of a quote; the value override is kept beside the parsed value", async () => {
    const source = await fixtures.source(TEXT);
    const start = source.text.indexOf("hundreds of people");
    const response = await post({
      sourceId: source.id,
      question: newQuestion("people killed"),
      quote: { start, end: start + "hundreds of people".length },
      stated: "hundreds",
      value: { low: 100 },
    });
    expect(response.status).toBe(201);
    expect(response.body.parsedValue).toMatchObject({ kind: "vague", low: { value: 200 } });
    expect(response.body.override).toEqual({ low: { value: 100, inclusive: true } });
    expect(response.body.value).toMatchObject({ low: { value: 100 }, overridden: true });
  });

  test("201: one origin relayed by two sources counts once", async () => {
    const first = await fixtures.source(TEXT);
    const second = await fixtures.source(TEXT);
    const question = newQuestion("people killed");
    const a = await post({
      sourceId: first.id,
      question,
      quote: { exact: "26\u00a0citizens were killed" },
      origin: "Prosecutor’s Office",
    });
    const b = await post({
      sourceId: second.id,
      questionId: a.body.questionId,
      quote: { exact: "26 citizens were killed" },
      origin: "prosecutor's office",
    });
    expect(b.status).toBe(201);
    expect(b.body.questionId).toBe(a.body.questionId);
    expect(b.body.origin.id).toBe(a.body.origin.id);
  });

  test("201: a relative date resolves against the source's publication date", async () => {
    const source = await fixtures.source(TEXT, { published: "2023-01" });
    const response = await post({
      sourceId: source.id,
      question: newQuestion("dates", "date"),
      quote: { exact: "Thirty-three years ago, the violence continued" },
    });
    expect(response.status).toBe(201);
    expect(response.body.stated).toBe("Thirty-three years ago");
    expect(response.body.value.first.slice(0, 4)).toBe("1990");
  });

  test("201: “a year later” resolves against a date in the passage itself", async () => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("villages emptied", "date"),
      quote: {
        exact:
          "The “Ring” operation ran in April-August 1991. A year later the villages were empty.",
      },
      stated: "A year later",
    });
    expect(response.status).toBe(201);
    expect(response.body.value.first.slice(0, 4)).toBe("1992");
  });

  test("422: a relative date with nothing to resolve it against asks for the value", async () => {
    const source = await fixtures.source(TEXT);
    const body = {
      sourceId: source.id,
      question: newQuestion("dates", "date"),
      quote: { exact: "Thirty-three years ago" },
    };
    const refused = await post(body);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("needs_value");
    expect(refused.body.error.fields.value[0]).toContain("give the value");
    const accepted = await post({ ...body, value: { first: "1990-01-13", last: "1990-01-20" } });
    expect(accepted.status).toBe(201);
    expect(accepted.body.value).toMatchObject({ first: "1990-01-13", last: "1990-01-20" });
  });

  test("422: a quote that is not in the source", async () => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("x"),
      quote: { exact: "27 citizens were killed" },
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: "quote_not_found",
      fields: { quote: [expect.stringContaining("not in this source")] },
    });
  });

  test("422: stated words that are not in the quote", async () => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("x"),
      quote: { exact: "26 citizens were killed" },
      stated: "27 citizens",
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("stated_not_in_quote");
    expect(response.body.error.fields.stated).toBeDefined();
  });

  test("422: a quote found several times lists the occurrences; a suffix chooses", async () => {
    const source = await fixtures.source(TEXT);
    const body = {
      sourceId: source.id,
      question: newQuestion("wounded"),
      quote: { exact: "It should be noted that many" },
      value: { low: 2 },
    };
    const refused = await post(body);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("quote_ambiguous");
    expect(refused.body.error.occurrenceCount).toBe(2);
    expect(refused.body.error.occurrences).toHaveLength(2);
    expect(refused.body.error.occurrences[1].context).toContain("fled");
    const chosen = await post({
      ...body,
      quote: { exact: "It should be noted that many", suffix: " fled." },
    });
    expect(chosen.status).toBe(201);
    expect(chosen.body.passages[0].suffix.startsWith(" fled.")).toBe(true);
  });

  test("422: words the parser cannot read, with its reason, unless a value is given", async () => {
    const source = await fixtures.source(TEXT);
    const body = {
      sourceId: source.id,
      question: newQuestion("wounded"),
      quote: { exact: "many were wounded" },
      stated: "many",
    };
    const refused = await post(body);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("value_unparseable");
    expect(refused.body.error.message).toMatch(/many/);
    const accepted = await post({ ...body, value: 40 });
    expect(accepted.status).toBe(201);
    expect(accepted.body.value).toMatchObject({
      low: { value: 40 },
      high: { value: 40 },
      rule: "editor.override",
    });
  });

  test.each([
    ["an unknown source", { sourceId: "nope" }, "source_not_found", "sourceId"],
    [
      "an unknown question",
      { questionId: "nope", question: undefined },
      "question_not_found",
      "questionId",
    ],
  ])("404: %s", async (_label, change, code, field) => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("people killed"),
      quote: { exact: "26 citizens were killed" },
      ...change,
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe(code);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  test.each([
    ["no question at all", { question: undefined }, "validation_failed", "questionId"],
    [
      "date numbers for a count",
      { value: { first: "1988-02-27" } },
      "value_kind_mismatch",
      "value",
    ],
    ["a range past the end", { quote: { start: 5, end: 10_000_000 } }, "invalid_range", "quote"],
    ["an empty quote", { quote: { exact: "  " } }, "validation_failed", "quote.exact"],
    ["low above high", { value: { low: 5, high: 2 } }, "validation_failed", "value.low"],
    ["an unknown method", { method: "guess" }, "validation_failed", "method"],
  ])("422: %s", async (_label, change, code, field) => {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("people killed"),
      quote: { exact: "26 citizens were killed" },
      ...change,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe(code);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  test.each([
    ["malformed JSON", 400, { body: "{", headers: { "content-type": "application/json" } }],
    ["the wrong content type", 415, { body: "x", headers: { "content-type": "text/plain" } }],
  ])("%s → %i", async (_label, status, options) => {
    const response = await callRoute(collection.POST, "POST", "/api/v1/claims", options);
    expect(response.status).toBe(status);
  });
});

describe("/api/v1/claims/:id", () => {
  async function recorded() {
    const source = await fixtures.source(TEXT);
    const response = await post({
      sourceId: source.id,
      question: newQuestion("people killed"),
      quote: { exact: "26 citizens were killed in the riots, more than a hundred people" },
      stated: "26 citizens",
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  test("GET returns the claim; an unknown id is 404", async () => {
    const claim = await recorded();
    const found = await callRoute(item.GET, "GET", "", { params: { id: claim.id } });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: claim.id, stated: claim.stated });
    const missing = await callRoute(item.GET, "GET", "", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
  });

  test("PATCH re-reads the value from new stated words, keeps overrides apart, and clears with null", async () => {
    const claim = await recorded();
    const patch = (json: unknown) =>
      callRoute(item.PATCH, "PATCH", "", {
        params: { id: claim.id },
        json,
        headers: { "if-match": "*" },
      });
    const restated = await patch({
      stated: "more than a hundred",
      origin: "Ministry",
      status: "draft",
      note: "checked",
    });
    expect(restated.status).toBe(200);
    expect(restated.body).toMatchObject({
      stated: "more than a hundred",
      status: "draft",
      note: "checked",
      origin: { name: "Ministry" },
    });
    expect(restated.body.value).toMatchObject({
      kind: "lower-bound",
      low: { value: 100, inclusive: false },
    });
    const overridden = await patch({ value: { high: 150 } });
    expect(overridden.body.value).toMatchObject({ low: { value: 100 }, high: { value: 150 } });
    expect(overridden.body.parsedValue.high).toBeNull();
    const cleared = await patch({ value: null, origin: null });
    expect(cleared.body.override).toBeNull();
    expect(cleared.body.origin).toBeNull();
    expect(cleared.body.value.high).toBeNull();
  });

  test("PATCH refuses stated words outside the passage and unknown fields; 404 for an unknown id", async () => {
    const claim = await recorded();
    const outside = await callRoute(item.PATCH, "PATCH", "", {
      params: { id: claim.id },
      json: { stated: "hundreds" },
      headers: { "if-match": "*" },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe("stated_not_in_quote");
    const unknown = await callRoute(item.PATCH, "PATCH", "", {
      params: { id: claim.id },
      json: { quote: "x" },
    });
    expect(unknown.status).toBe(422);
    const missing = await callRoute(item.PATCH, "PATCH", "", {
      params: { id: "nope" },
      json: { note: "x" },
    });
    expect(missing.status).toBe(404);
  });

  test("DELETE moves the claim to the trash, passages kept; readers no longer see it", async () => {
    const claim = await recorded();
    expect((await callRoute(item.DELETE, "DELETE", "", { params: { id: claim.id } })).status).toBe(
      204,
    );
    expect(await db.passage.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await callRoute(item.GET, "GET", "", { params: { id: claim.id } })).status).toBe(404);
    expect((await callRoute(item.DELETE, "DELETE", "", { params: { id: claim.id } })).status).toBe(
      404,
    );
  });
});
