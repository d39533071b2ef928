import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { API_ENDPOINTS } from "./api-endpoints";
import { buildOpenApiDocument } from "./build-document";

const document = buildOpenApiDocument();
// The validator takes plain JSON data; a fresh copy each time, since it annotates what it reads.
const copy = (value: object) => structuredClone(value) as Record<string, unknown>;
type Operation = {
  requestBody?: { content: Record<string, { schema: object }> };
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
  security: object[];
};
const operation = (method: string, path: string) =>
  (document.paths as Record<string, Record<string, Operation>>)[path]![method]!;

// Every schema in the document, its $refs resolved, compiled by a JSON Schema 2020-12 validator:
// the dialect OpenAPI 3.1 uses.
async function bodyValidator(method: string, path: string) {
  const validator = new Validator();
  await validator.validate(copy(document));
  const resolved = validator.resolveRefs() as unknown as typeof document;
  const op = (resolved.paths as Record<string, Record<string, Operation>>)[path]![method]!;
  return new Ajv2020({ strict: false }).compile(
    op.requestBody!.content["application/json"]!.schema,
  );
}

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(copy(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  test("a broken document is refused by the same validator", async () => {
    const broken = copy(document);
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  test("names every endpoint of the registry once", () => {
    const listed = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(API_ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });

  test("the claim body is the schema the route parses with: it accepts the README's example", async () => {
    const validate = await bodyValidator("post", "/api/v1/claims");
    const example = {
      sourceId: "c1",
      questionId: "q1",
      quote: { exact: "26 citizens of Armenian nationality were killed" },
      stated: "26 citizens of Armenian nationality",
      value: { low: 26, high: 26 },
      method: "official_count",
      asOf: "1988-03",
    };
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, colour: "red" })).toBe(false);
    expect(validate({ ...example, method: "guess" })).toBe(false);
    expect(validate({ quote: example.quote })).toBe(false);
  });

  test("a source body needs title and text and knows the kinds", async () => {
    const validate = await bodyValidator("post", "/api/v1/sources");
    expect(validate({ title: "T", text: "Words.", kind: "report", authors: ["A"] })).toBe(true);
    expect(validate({ title: "T" })).toBe(false);
    expect(validate({ title: "T", text: "W", kind: "blog" })).toBe(false);
  });

  test("query, path and If-Match parameters come from the schemas and the path", () => {
    const names = (method: string, path: string) =>
      operation(method, path).parameters?.map((p) => `${p.in}:${p.name}`);
    expect(names("get", "/api/v1/sources")).toEqual([
      "query:page",
      "query:pageSize",
      "query:q",
      "query:kind",
      "query:language",
      "query:cursor",
    ]);
    expect(names("get", "/api/v1/questions")).toEqual([
      "query:cursor",
      "query:limit",
      "query:subject",
      "query:q",
      "query:verdict",
      "query:order",
    ]);
    expect(names("patch", "/api/v1/claims/{id}")).toEqual(["path:id", "header:If-Match"]);
    expect(names("delete", "/api/v1/trash/{kind}/{id}")).toEqual(["path:kind", "path:id"]);
  });

  test.each([
    ["get", "/api/v1/sources", ["200", "401", "422", "500"]],
    ["delete", "/api/v1/claims/{id}", ["204", "400", "401", "403", "404", "409", "500"]],
    ["post", "/api/v1/sources", ["201", "400", "401", "403", "409", "413", "415", "422", "500"]],
  ])("%s %s answers %j", (method, path, statuses) => {
    expect(Object.keys(operation(method, path).responses).sort()).toEqual(statuses);
  });

  test("reads may go without a token, writes need one", () => {
    expect(operation("get", "/api/v1/sources").security).toEqual([{}, { bearer: [] }]);
    expect(operation("post", "/api/v1/claims").security).toEqual([{ bearer: [] }]);
  });

  test("an endpoint added to the registry appears with its body schema", () => {
    const extra = buildOpenApiDocument([
      {
        method: "POST",
        path: "/api/v1/things",
        tag: "Claims",
        summary: "A thing",
        permission: "write",
        body: z.strictObject({ name: z.string().min(2) }),
        ok: { status: 201, description: "made" },
      },
    ]);
    const body = (extra.paths as Record<string, Record<string, Operation>>)["/api/v1/things"]!.post!
      .requestBody!.content["application/json"]!.schema;
    expect(body).toMatchObject({
      type: "object",
      properties: { name: { type: "string", minLength: 2 } },
      required: ["name"],
      additionalProperties: false,
    });
  });
});
