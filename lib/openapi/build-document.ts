import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from "zod-openapi";
import { MINIMUM_ROLE } from "@/lib/auth/permissions";
import { ValueBoundSchema, ValueOverrideSchema } from "@/lib/claims/claim-schema";
import { API_ENDPOINTS, type ApiEndpoint } from "./api-endpoints";
import { ErrorBodySchema, VersionConflictSchema } from "./response-schemas";

/** The OpenAPI version the document follows (its schemas are JSON Schema 2020-12). */
export const OPENAPI_VERSION = "3.1.0";

type Document = ReturnType<typeof createDocument>;

/**
 * The OpenAPI 3.1 description of every endpoint in API_ENDPOINTS, its inputs generated from the
 * zod schemas the route handlers parse with (as clients send them: before defaults and coercion).
 */
export function buildOpenApiDocument(endpoints: readonly ApiEndpoint[] = API_ENDPOINTS): Document {
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  }
  return createDocument(
    {
      openapi: OPENAPI_VERSION,
      info: {
        title: "Crosscheck API",
        version: "1",
        description:
          "Sources, the claims they make about questions, and where those claims agree. Reading is public unless the instance is private; writes need an API token (Authorization: Bearer …) of an editor, deletes and the trash an admin's. Errors share one JSON body; writes name the version they read (If-Match) and a stale one gets 409.",
      },
      servers: [{ url: "/" }],
      tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
      paths,
      components: {
        securitySchemes: {
          bearer: {
            type: "http",
            scheme: "bearer",
            description: "An API token from your account page or `npm run token:create`.",
          },
        },
      },
    },
    // Request schemas come out as clients write them (before defaults and coercion).
    { override: acceptBareNumbers },
  );
}

function operationOf(endpoint: ApiEndpoint): ZodOpenApiOperationObject {
  const role = MINIMUM_ROLE[endpoint.permission];
  const pathParams = pathParameters(endpoint.path);
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: role
      ? `Needs an account with the role ${role} or above.`
      : "Open to everyone, unless the instance is private (then any signed-in account).",
    operationId: operationId(endpoint),
    security: role ? [{ bearer: [] }] : [{}, { bearer: [] }],
    requestParams: {
      ...(pathParams ? { path: pathParams } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.versioned ? { header: IfMatchHeader } : {}),
    },
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: endpoint.body } },
          },
        }
      : {}),
    responses: responsesOf(endpoint),
  };
}

// These schemas also take a bare number before parsing (z.preprocess), which JSON Schema output
// cannot see: say so, or validators built from the document would refuse `"low": 26`.
const TAKE_A_NUMBER = new Map<unknown, string>([
  [ValueBoundSchema, "A number (an inclusive end), or { value, inclusive }."],
  [ValueOverrideSchema, "A number (exactly that figure), or the parts of a value."],
]);

function acceptBareNumbers(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  const description = TAKE_A_NUMBER.get(ctx.zodSchema);
  if (!description) return;
  const rest = { ...ctx.jsonSchema };
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, { description, anyOf: [{ type: "number" }, rest] });
}

const IfMatchHeader = z.object({
  "If-Match": z.string().optional().meta({
    description:
      'The version this write was made on, as the ETag gave it ("3"); or a `version` field in the body. A stale one answers 409. Writes that replace fields (PATCH, PUT) must name one: 428 without; `*` writes on the current version.',
  }),
});

function responsesOf(endpoint: ApiEndpoint): ZodOpenApiResponsesObject {
  const { ok } = endpoint;
  const responses: Record<`${number}`, ZodOpenApiResponseObject> = {
    [`${ok.status}`]: {
      description: ok.description,
      ...(ok.etag
        ? { headers: z.object({ ETag: z.string().meta({ description: "The record's version." }) }) }
        : {}),
      ...(ok.schema
        ? { content: { "application/json": { schema: ok.schema } } }
        : ok.status === 204
          ? {}
          : { content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } }),
    },
  };
  const statuses = new Set<number>([401, 500, ...(endpoint.errors ?? [])]);
  if (endpoint.permission !== "read") statuses.add(403);
  if (endpoint.query || endpoint.body) statuses.add(422);
  if (endpoint.body) [400, 413, 415].forEach((s) => statuses.add(s));
  if (endpoint.versioned) [400, 409].forEach((s) => statuses.add(s));
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const conflict = status === 409 && endpoint.versioned;
    responses[`${status}`] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Refused; the body says why.",
      content: {
        "application/json": {
          schema: conflict ? z.union([VersionConflictSchema, ErrorBodySchema]) : ErrorBodySchema,
        },
      },
    };
  }
  return responses;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The request could not be read (malformed JSON or If-Match).",
  401: "Sign in or send a valid token (with WWW-Authenticate).",
  403: "The token's role may not do this.",
  404: "No such record.",
  409: "A conflict: a stale version (both versions in the body) or a rule of the data.",
  413: "The body is over 6 MB.",
  415: "The body is not JSON.",
  422: "The input is not valid; `fields` says which field and why.",
  428: "The write names no version: send If-Match (or `version`); If-Match: * writes on the current one.",
  500: "Something unexpected; it was logged.",
};

function pathParameters(path: string) {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) return null;
  return z.object(
    Object.fromEntries(
      names.map((name) => [
        name,
        name === "kind"
          ? z.enum(["source", "question", "claim", "sources", "questions", "claims"])
          : z.string().meta({ description: "The record's id." }),
      ]),
    ),
  );
}

// "PATCH /api/v1/sources/{id}/revert" → "patchSourcesIdRevert": stable and unique per operation.
function operationId({ method, path }: ApiEndpoint): string {
  const words = path
    .replace(/^\/api\/v1\//, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join("");
}
