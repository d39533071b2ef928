import { expect, test } from "vitest";
import { EMPTY_DRAFT, draftFields, draftOverride, overrideToDraft } from "./claim-draft";
import { ClaimUpdateSchema } from "./claim-schema";

test("no corrections, no override", () => {
  expect(draftOverride(EMPTY_DRAFT, "count")).toBeNull();
});

test("numbers become bounds; exclusive ends are kept", () => {
  const draft = { ...EMPTY_DRAFT, low: "100", lowExclusive: true, best: "150" };
  expect(draftOverride(draft, "count")).toEqual({
    low: { value: 100, inclusive: false },
    best: 150,
  });
});

test("only the question's kind of correction counts", () => {
  const draft = { ...EMPTY_DRAFT, low: "5", first: "1990-01-13" };
  expect(draftOverride(draft, "date")).toEqual({ first: "1990-01-13" });
  expect(draftOverride(draft, "count")).toEqual({ low: { value: 5, inclusive: true } });
});

test("a draft passes the same schema as the API", () => {
  const draft = { ...EMPTY_DRAFT, stated: "26", high: "30", origin: " Office ", note: "" };
  const parsed = ClaimUpdateSchema.parse(draftFields(draft, "count"));
  expect(parsed).toMatchObject({
    stated: "26",
    value: { high: { value: 30 } },
    origin: "Office",
    note: null,
  });
});

test("a stored override round-trips through a draft", () => {
  const override = { low: { value: 100, inclusive: false }, high: { value: 300, inclusive: true } };
  const draft = { ...EMPTY_DRAFT, ...overrideToDraft(override) };
  expect(draftOverride(draft, "count")).toEqual(override);
});
