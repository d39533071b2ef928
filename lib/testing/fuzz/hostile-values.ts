import fc from "fast-check";

// Characters that have broken text handling somewhere: NUL, lone surrogates, byte-order and
// direction marks, zero-width joiners, combining marks, a Unicode line separator, astral emoji.
const ODD_CHARACTERS = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u202e",
  "\u200d",
  "\u0301",
  "\u2028",
  "\ufffd",
  "😀",
  "𝟘",
  "\r\n",
  "%",
  "%zz",
  '\'; DROP TABLE "Claim"; --',
  "<script>alert(1)</script>",
  "../../etc",
];

/** Text from people and programs at their worst: odd code points, long runs, markup, escapes. */
export function oddText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(...ODD_CHARACTERS),
    fc
      .array(fc.constantFrom(...ODD_CHARACTERS, "a", " ", "26", "killed"), { maxLength: 12 })
      .map((parts) => parts.join("")),
    fc.integer({ min: 200, max: 6000 }).map((n) => "x".repeat(n)),
  );
}

/** Numbers at the edges of what JSON and doubles can say. */
export function extremeNumber(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.5,
      1e15,
      1e15 + 1,
      1e16,
      2 ** 53 + 1,
      1e308,
      -1.79e308,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      2 ** 31,
      -(2 ** 31) - 1,
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
}

/** Any JSON value, weighted towards the shapes that confuse schemas. */
export function hostileJson(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 2, arbitrary: oddText() },
    { weight: 2, arbitrary: extremeNumber() },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, "", " ") },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "toString", "a"),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    },
  );
}

/**
 * A JSON number literal JSON.stringify cannot write: 310 digits (Infinity when read), an
 * exponent far out of range, a negative zero with an exponent.
 */
export function rawNumberLiteral(): fc.Arbitrary<string> {
  return fc.constantFrom(
    `1${"0".repeat(309)}`,
    "1e400",
    "-1e400",
    "-0e0",
    "1e-400",
    "123456789012345678901234567890",
  );
}
