import fc from "fast-check";
import { extremeNumber, hostileJson, oddText, rawNumberLiteral } from "./hostile-values";
import type { RouteFile } from "./route-files";
import { bodyTemplates } from "./body-templates";

/** A reference to a row the run knows (resolved when the request is sent), or a literal. */
export type IdChoice = { known: number } | { literal: string };

/** How the body is made; large and deep bodies are built when sent, not generated. */
export type BodyPlan =
  | { none: true }
  | { json: unknown }
  | { raw: string }
  | { huge: number }
  | { deep: number }
  | { bytes: number[] };

/** One generated request, replayable from its seed. */
export interface PlannedRequest {
  route: number;
  method: string;
  params: Record<string, IdChoice>;
  query: Record<string, string>;
  headers: Record<string, string>;
  as: "admin" | "none" | "bad";
  body: BodyPlan;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const ODD_METHODS = ["PROPFIND", "FOO", "TRACE", "CONNECT", "get", "M-SEARCH"];
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/merge-patch+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=latin1",
  "json",
];
const QUERY_KEYS = [
  "page",
  "pageSize",
  "subject",
  "verdict",
  "cursor",
  "limit",
  "kind",
  "before",
  "x",
];
const QUERY_VALUES = [
  "1",
  "0",
  "-1",
  "2",
  "1e9",
  "abc",
  "",
  "diverge",
  "agree",
  "source",
  "claim",
  "NaN",
  "99999999999999999999",
  "%00",
  "\u0000",
];

/**
 * Requests for one of `routes` (`served` lists the methods each serves): valid-ish bodies from
 * the templates, mutated or hostile.
 */
export function plannedRequest(
  routes: RouteFile[],
  served: string[][],
): fc.Arbitrary<PlannedRequest> {
  // Routes that take a body a template knows get more requests: that is where writes happen.
  // Unbiased, since fast-check's usual bias towards small numbers would favour the first routes.
  const weighted = routes.flatMap((route, index) =>
    bodyTemplates(route) ? [index, index, index] : [index],
  );
  const pick = fc.noBias(fc.nat({ max: weighted.length - 1 })).map((n) => weighted[n]!);
  return pick.chain((route) => {
    const file = routes[route]!;
    const names = file.segments.flatMap((s) =>
      typeof s === "string" ? [] : ["param" in s ? s.param : s.rest],
    );
    return fc.record({
      route: fc.constant(route),
      // Mostly a method the route serves, so requests get past the 405 to the handler.
      method: fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom(...(served[route]?.length ? served[route] : METHODS)),
        },
        { weight: 4, arbitrary: fc.constantFrom(...METHODS) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_METHODS) },
      ),
      params: fc.record(Object.fromEntries(names.map((name) => [name, idChoice()]))),
      query: fc.dictionary(
        fc.constantFrom(...QUERY_KEYS),
        fc.oneof(fc.constantFrom(...QUERY_VALUES), oddText()),
        { maxKeys: 3 },
      ),
      headers: headers(),
      as: fc.oneof(
        { weight: 10, arbitrary: fc.constant("admin" as const) },
        { weight: 2, arbitrary: fc.constant("none" as const) },
        { weight: 1, arbitrary: fc.constant("bad" as const) },
      ),
      body: body(bodyTemplates(file)),
    });
  });
}

function idChoice(): fc.Arbitrary<IdChoice> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 1000 }).map((known) => ({ known })) },
    { weight: 1, arbitrary: oddText().map((literal) => ({ literal })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("source", "sources", "question", "claim", "claims", "x")
        .map((literal) => ({ literal })),
    },
  );
}

// Mostly what a client of the API sends; now and then one header a hostile or broken one would.
function headers(): fc.Arbitrary<Record<string, string>> {
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant("application/json") },
    { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  );
  const odd = fc.oneof(
    fc
      .constantFrom('"1"', 'W/"2"', "*", "garbage", '"99999999999999999999"', '"-1"', '"1", "2"')
      .map((v) => ({ "if-match": v })),
    fc
      .constantFrom("http://127.0.0.1:3000", "http://evil.example", "null", "http://localhost:3000")
      .map((v) => ({ origin: v })),
    fc
      .constantFrom("evil.example", "localhost:3000", "[::1]:3000", "127.0.0.1:99999", "a b")
      .map((v) => ({ host: v })),
    fc.constantFrom("cross-site", "same-origin", "none").map((v) => ({ "sec-fetch-site": v })),
    fc.constantFrom("60ba60", "x", "").map((v) => ({ "next-action": v })),
    fc.constantFrom("text/html", "application/json", "*/*").map((v) => ({ accept: v })),
  );
  return fc
    .tuple(
      contentType,
      fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: odd }),
    )
    .map(([type, extra]) => ({ "content-type": type, ...extra }));
}

function body(templates: fc.Arbitrary<unknown> | null): fc.Arbitrary<BodyPlan> {
  const valid = templates ?? fc.constant({});
  return fc.oneof(
    { weight: 10, arbitrary: valid.map((json) => ({ json })) },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, mutation()).map(([json, mutate]) => ({ json: mutate(json) })),
    },
    { weight: 2, arbitrary: hostileJson().map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constant({ none: true as const }) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom("{", "[1,]", "{'a':1}", "nul", "\u0000", "", " ", '{"a":1}{"b":2}'),
          rawNumberLiteral().map((n) => `{"value":${n},"low":${n}}`),
        )
        .map((raw) => ({ raw })),
    },
    { weight: 1, arbitrary: fc.constantFrom(65, 200, 3000, 100_000).map((deep) => ({ deep })) },
    { weight: 1, arbitrary: fc.constantFrom(7 * 1024 * 1024, 64 * 1024).map((huge) => ({ huge })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.nat({ max: 255 }), { maxLength: 30 })
        .map((bytes) => ({ bytes: [0x7b, 0xff, 0xfe, ...bytes] })),
    },
  );
}

type Mutate = (value: unknown) => unknown;

// One change to a valid body: a field given a hostile value, dropped, or an unknown field added.
function mutation(): fc.Arbitrary<Mutate> {
  return fc.oneof(
    fc.tuple(fc.nat(), hostileJson()).map(
      ([n, bad]): Mutate =>
        (value) =>
          withField(value, n, () => bad),
    ),
    fc.tuple(fc.nat(), extremeNumber()).map(
      ([n, bad]): Mutate =>
        (value) =>
          withField(value, n, () => bad),
    ),
    fc.nat().map(
      (n): Mutate =>
        (value) =>
          withField(value, n, () => undefined),
    ),
    fc
      .tuple(oddText(), hostileJson())
      .map(([key, bad]): Mutate => (value) => ({ ...(isObject(value) ? value : {}), [key]: bad })),
  );
}

function withField(value: unknown, n: number, make: () => unknown): unknown {
  if (!isObject(value)) return make();
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[n % keys.length]!;
  const inner = value[key];
  // Half the time reach one level in, where quote and question keep their own fields.
  if (isObject(inner) && n % 2 === 0) return { ...value, [key]: withField(inner, n >> 1, make) };
  return { ...value, [key]: make() };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
