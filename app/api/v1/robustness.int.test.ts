import { afterAll, describe, expect, test } from "vitest";
import { callRoute, uniqueText } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import * as auth from "@/app/api/auth/[...all]/route";
import * as claimHistory from "./claims/[id]/history/route";
import * as claimItem from "./claims/[id]/route";
import * as questionRevert from "./questions/[id]/revert/route";
import * as claims from "./claims/route";
import * as questionItem from "./questions/[id]/route";
import * as questions from "./questions/route";
import * as sourceItem from "./sources/[id]/route";
import * as sources from "./sources/route";
import * as subjectItem from "./subjects/[id]/route";

// Inputs no client should send, each of which must get a 4xx with a reason, never a 500.
const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

describe("a NUL character, which PostgreSQL cannot store", () => {
  test.each([
    ["in a source's text", sources.POST, { title: "t", text: "a\u0000b" }, "text"],
    ["in an author", sources.POST, { title: "t", text: "x", authors: ["a\u0000"] }, "authors.0"],
    [
      "in a claim's origin",
      claims.POST,
      { sourceId: "x", questionId: "y", quote: { start: 0, end: 1 }, origin: "\u0000" },
      "origin",
    ],
  ])("%s → 422 naming the field", async (_label, handler, json, field) => {
    const response = await callRoute(handler, "POST", "/api/v1/x", { json });
    expect(response.status).toBe(422);
    expect(response.body.error.fields[field][0]).toContain("NUL");
  });

  test.each([
    ["GET", sourceItem.GET],
    ["GET", claimItem.GET],
    ["GET", questionItem.GET],
    ["GET", subjectItem.GET],
    ["DELETE", sourceItem.DELETE],
  ] as const)("%s of an id holding one → 404", async (method, handler) => {
    const response = await callRoute(handler, method, "/api/v1/x", { params: { id: "a\u0000b" } });
    expect(response.status).toBe(404);
  });

  test("as a subject filter → an empty list", async () => {
    const response = await callRoute(questions.GET, "GET", "/api/v1/questions", {
      query: { subject: "\u0000" },
    });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
  });
});

describe("fields a schema does not know", () => {
  test("are named in a 422, for sources as for claims", async () => {
    const response = await callRoute(sources.POST, "POST", "/api/v1/sources", {
      json: { title: "t", text: uniqueText("extra"), extra: 1 },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.body[0]).toBe("unknown field extra");
  });

  test("a title of the wrong type is called that, not missing", async () => {
    const response = await callRoute(sources.POST, "POST", "/api/v1/sources", {
      json: { title: 5, text: ["a"] },
    });
    expect(response.body.error.fields.title[0]).toBe("the title must be text");
    expect(response.body.error.fields.text[0]).toBe("the text must be a string");
  });
});

describe("methods an endpoint does not serve", () => {
  test.each([
    ["PUT", sources.PUT, "GET, POST, HEAD, OPTIONS"],
    ["PUT", questionItem.PUT, "GET, PATCH, DELETE, HEAD, OPTIONS"],
    ["GET", claims.GET, "POST, OPTIONS"],
  ] as const)("%s → 405 JSON with Allow", async (method, handler, allow) => {
    const response = await callRoute(handler, method, "/api/v1/x");
    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe("method_not_allowed");
    expect(response.headers.get("allow")).toBe(allow);
  });
});

describe("claims", () => {
  test("PATCH of an unknown claim is a plain not_found, as everywhere", async () => {
    const response = await callRoute(claimItem.PATCH, "PATCH", "", {
      params: { id: "nope" },
      json: { note: "x" },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  test("the stated words cannot be emptied", async () => {
    const source = await fixtures.source("Officials counted 26 dead.");
    const created = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      json: {
        sourceId: source.id,
        question: { subject: fixtures.subject("Event"), measure: "dead", kind: "count" },
        quote: { exact: "counted 26 dead" },
      },
    });
    expect(created.status).toBe(201);
    const emptied = await callRoute(claimItem.PATCH, "PATCH", "", {
      params: { id: created.body.id },
      json: { stated: "" },
    });
    expect(emptied.status).toBe(422);
    expect(emptied.body.error.fields.stated[0]).toContain("cannot be empty");
  });

  test("a date quoted for a count question says so", async () => {
    const source = await fixtures.source("It happened on February 27-29, 1988 in the city.");
    const response = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      json: {
        sourceId: source.id,
        question: { subject: fixtures.subject("Event"), measure: "dead", kind: "count" },
        quote: { exact: "February 27-29, 1988" },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toContain(
      "it gives a date, but this question asks for a count",
    );
  });
});

// Found by npm run fuzz: each answered 500 (or an empty 405) before.
describe("what the fuzzer found", () => {
  test("a version beyond PostgreSQL's integer is refused with 422, not 500", async () => {
    const reverted = await callRoute(questionRevert.POST, "POST", "", {
      params: { id: "x" },
      json: { version: 1e15 },
    });
    expect(reverted.status).toBe(422);
    expect(reverted.body.error.fields.version[0]).toContain("that many versions");
    const patched = await callRoute(sourceItem.PATCH, "PATCH", "", {
      params: { id: "x" },
      json: { title: "t", version: 2 ** 31 },
    });
    expect(patched.status).toBe(422);
  });

  test("a history page before a version beyond it is refused with 422", async () => {
    const response = await callRoute(claimHistory.GET, "GET", "", {
      params: { id: "x" },
      query: { before: "1000000000000000" },
    });
    expect(response.status).toBe(422);
  });

  test("a method the account endpoints do not serve is a JSON 405 with Allow", async () => {
    const response = await callRoute(auth.PUT, "PUT", "/api/auth/sign-in/email");
    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe("method_not_allowed");
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });
});
