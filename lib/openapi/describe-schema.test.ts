import { describe, expect, test } from "vitest";
import { describeSchema, flatFields, objectFields, type SchemaNode } from "./describe-schema";

describe("describeSchema", () => {
  test.each<[SchemaNode, string]>([
    [{ type: "string", minLength: 1, maxLength: 200 }, "string, 1–200 characters"],
    [{ type: "string", maxLength: 500 }, "string, at most 500 characters"],
    [{ type: "string", format: "date-time" }, "string, date-time"],
    [{ type: "integer", minimum: 1, maximum: 9007199254740991 }, "whole number, at least 1"],
    [{ type: "integer", minimum: 0 }, "whole number, at least 0"],
    [{ type: "number" }, "number"],
    [{ type: ["number", "null"] }, "number or null"],
    [
      { anyOf: [{ type: "string", maxLength: 9 }, { type: "null" }] },
      "string, at most 9 characters or null",
    ],
    [{ type: "string", enum: ["count", "date"] }, 'one of: "count", "date"'],
    [
      { type: "array", items: { type: "string" }, maxItems: 50 },
      "list of string, at most 50 items",
    ],
    [{ $ref: "#/components/schemas/SourceDetail" }, "SourceDetail"],
    [{ type: "object", properties: { a: { type: "string" } } }, "object (fields below)"],
    [{}, "any JSON value"],
  ])("%j → %s", (schema, words) => {
    expect(describeSchema(schema)).toBe(words);
  });
});

test("objectFields marks the required ones", () => {
  const fields = objectFields({
    type: "object",
    properties: { title: { type: "string" }, url: { type: "string" } },
    required: ["title"],
  });
  expect(fields.map((f) => [f.name, f.required])).toEqual([
    ["title", true],
    ["url", false],
  ]);
});

test("flatFields names nested fields by path, through 'or null'", () => {
  const fields = flatFields({
    type: "object",
    properties: {
      quote: {
        anyOf: [
          { type: "object", properties: { exact: { type: "string" } }, required: ["exact"] },
          { type: "null" },
        ],
      },
    },
  });
  expect(fields.map((f) => [f.name, f.required])).toEqual([
    ["quote", false],
    ["quote.exact", true],
  ]);
});
