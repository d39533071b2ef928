import fc from "fast-check";
import { oddText } from "./hostile-values";
import type { RouteFile } from "./route-files";

/**
 * The text of the sources the fuzzer records claims on; the quotes below are words of it. A
 * source made during the run gets this text plus a random tail, so later claims can use it too.
 */
export const FUZZ_TEXT =
  "Officials said 26 people were killed and 100 were injured; others spoke of hundreds. " +
  "On 28 February 1988 the count rose to 32 dead, and at least 1,000 fled.";

const QUOTES = [
  "26 people were killed",
  "100 were injured",
  "hundreds",
  "On 28 February 1988",
  "32 dead",
  "at least 1,000 fled",
  "Officials said",
];

/**
 * A string standing for a row the run knows; replaced by its id when the request is sent, so a
 * body can name sources and questions that exist (or existed) at that moment.
 */
export const refTo = (kind: "source" | "question", n: number) => `$${kind}:${n}`;

/**
 * Bodies a well-meaning client would send to this route, by what the route is about, or null
 * when no template fits (a new route gets hostile and empty bodies until one is added).
 */
export function bodyTemplates(route: RouteFile): fc.Arbitrary<unknown> | null {
  const words = route.segments.filter((s): s is string => typeof s === "string");
  const last = route.segments.at(-1);
  const item = typeof last === "object";
  const noun = words.at(-1);
  if (noun === "revert") return fc.record({ version: fc.integer({ min: 1, max: 6 }) });
  if (noun === "claims") return item ? claimUpdate() : claimInput();
  if (noun === "sources") return item ? sourceFields(false) : sourceFields(true);
  if (noun === "questions" && item)
    return fc.record(
      {
        measure: measure(),
        scope: fc.constantFrom("whole event", "", null),
        unit: fc.constantFrom("people", null),
        version: version(),
      },
      { requiredKeys: [] },
    );
  if (noun === "sign-in" || words.includes("auth"))
    return fc.record({
      email: fc.constantFrom("admin@test.example", "x", ""),
      password: oddText(),
    });
  return null;
}

function claimInput(): fc.Arbitrary<unknown> {
  const question = fc.oneof(
    fc.nat().map((n) => ({ questionId: refTo("question", n) })),
    fc
      .record({
        subject: fc.constantFrom("Fuzz event A", "Fuzz event B", "Fuzz event C"),
        measure: measure(),
        kind: mostly(fc.constant("count"), fc.constantFrom("quantity", "date")),
      })
      .map((q) => ({ question: q })),
  );
  return fc
    .tuple(fc.nat(), question, quote(), claimFields())
    .map(([source, which, where, fields]) => ({
      sourceId: refTo("source", source),
      ...which,
      quote: where,
      ...fields,
    }));
}

function claimUpdate(): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      claimFields(),
      fc.record(
        { version: version(), stated: fc.constantFrom("26 people", "100", "32", "") },
        { requiredKeys: [] },
      ),
    )
    .map(([a, b]) => ({ ...a, ...b }));
}

function claimFields(): fc.Arbitrary<Record<string, unknown>> {
  const bound = fc.oneof(
    fc.integer({ min: 0, max: 5000 }),
    fc.record({ value: fc.integer({ min: 0, max: 5000 }), inclusive: fc.boolean() }),
    fc.constant(null),
  );
  return fc.record(
    {
      value: fc.oneof(
        fc.integer({ min: 0, max: 5000 }),
        fc.record(
          {
            low: bound,
            high: bound,
            best: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(null)),
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            first: fc.constantFrom("1988-02-28", "1988-02-30", "2024-02-29"),
            last: fc.constantFrom("1988-03-01", "1987-01-01"),
          },
          { requiredKeys: [] },
        ),
        fc.constant(null),
      ),
      origin: mostly(fc.constantFrom("Officials", "Fuzz origin", ""), oddText()),
      note: mostly(fc.string({ maxLength: 30 }), oddText()),
      status: mostly(fc.constantFrom("draft", "published"), fc.constant("other")),
      method: mostly(
        fc.constantFrom("official_count", "estimate", "testimony", "other"),
        fc.constant("guess"),
      ),
      asOf: mostly(
        fc.constantFrom("1988", "1988-03", null),
        fc.constantFrom("1988-02-30", " 1988 "),
      ),
    },
    { requiredKeys: [] },
  );
}

function quote(): fc.Arbitrary<unknown> {
  return mostly(
    fc.record(
      {
        exact: fc.constantFrom(...QUOTES),
        prefix: fc.constantFrom("said ", "x"),
        suffix: fc.constantFrom(" and", ""),
      },
      { requiredKeys: ["exact"] },
    ),
    fc.record({ start: fc.integer({ min: -1, max: 200 }), end: fc.integer({ min: 0, max: 250 }) }),
  );
}

function sourceFields(create: boolean): fc.Arbitrary<unknown> {
  return fc.record(
    {
      title: mostly(
        fc.constantFrom("Fuzz source", "Fuzz report"),
        fc.oneof(fc.constantFrom("  ", ""), oddText()),
      ),
      ...(create
        ? {
            text: mostly(
              fc.uuid().map((tail) => `${FUZZ_TEXT}\n${tail}`),
              oddText(),
            ),
          }
        : {}),
      publisher: fc.constantFrom("Fuzz Press", null, ""),
      authors: mostly(fc.constantFrom(["A. Writer"], []), fc.constantFrom(["", "B; C"], "A\nB")),
      url: mostly(
        fc.constantFrom("https://example.org/a", null),
        fc.constantFrom("javascript:alert(1)", "ftp://x"),
      ),
      published: mostly(
        fc.constantFrom("2020", "2020-02", "2024-02-29", null),
        fc.constantFrom("2023-02-29", "2020-2-1", " 2020 ", "2020-01-01T00:00:00Z"),
      ),
      kind: mostly(fc.constantFrom("news_article", "report", "other"), fc.constant("poem")),
      language: mostly(fc.constantFrom("en", "ru", "en-GB", null), fc.constant("english")),
      ...(create ? {} : { version: version() }),
    },
    { requiredKeys: create ? ["title", "text"] : [] },
  );
}

// A template value: usually one the schema accepts, now and then one it must refuse.
function mostly<T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

const measure = () => fc.constantFrom("killed", "injured", "fled", "date of the attack");
// Mostly no version (a blind write), sometimes one that may be stale.
const version = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }) },
  );
