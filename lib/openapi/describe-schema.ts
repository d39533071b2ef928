/** A JSON Schema node as the OpenAPI document holds it (only what the API page reads). */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  description?: string;
  $ref?: string;
}

// Larger than any bound a person needs to read (zod writes Number.MAX_SAFE_INTEGER for z.int()).
const NO_LIMIT = 1e15;

/** A schema in a few words for people: "string, 1–200 characters", "one of: a, b", "… or null". */
export function describeSchema(schema: SchemaNode): string {
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(describeSchema).join(" or ");
  if (schema.enum) return `one of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "any JSON value";
  return types.map((type) => describeType(type, schema)).join(" or ");
}

/** The fields of an object schema, with whether each is required. */
export function objectFields(
  schema: SchemaNode,
): { name: string; required: boolean; schema: SchemaNode }[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => ({
    name,
    required: required.has(name),
    schema: field,
  }));
}

function describeType(type: string, schema: SchemaNode): string {
  switch (type) {
    case "string":
      return join("string", schema.format, range(schema.minLength, schema.maxLength, "characters"));
    case "integer":
    case "number":
      return join(
        type === "integer" ? "whole number" : "number",
        range(schema.minimum, schema.maximum, ""),
      );
    case "array":
      return join(
        `list of ${schema.items ? describeSchema(schema.items) : "values"}`,
        range(schema.minItems, schema.maxItems, "items"),
      );
    case "object":
      return schema.properties ? "object (fields below)" : "object";
    default:
      return type;
  }
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  const low = min !== undefined && min > -NO_LIMIT ? min : undefined;
  const high = max !== undefined && max < NO_LIMIT ? max : undefined;
  const suffix = unit ? ` ${unit}` : "";
  if (low !== undefined && high !== undefined) return `${low}–${high}${suffix}`;
  if (low !== undefined) return `at least ${low}${suffix}`;
  if (high !== undefined) return `at most ${high}${suffix}`;
  return "";
}

function join(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(", ");
}

/** The fields of an object schema and of the objects inside it, named by path ("quote.exact"). */
export function flatFields(
  schema: SchemaNode,
  prefix = "",
): { name: string; required: boolean; schema: SchemaNode }[] {
  return objectFields(schema).flatMap((field) => {
    const named = { ...field, name: prefix + field.name };
    const inner = objectPart(field.schema);
    return inner ? [named, ...flatFields(inner, `${named.name}.`)] : [named];
  });
}

// An object schema, or the object alternative of "object or null" / "number or object".
function objectPart(schema: SchemaNode): SchemaNode | null {
  if (schema.properties) return schema;
  return (schema.anyOf ?? schema.oneOf)?.map(objectPart).find(Boolean) ?? null;
}
