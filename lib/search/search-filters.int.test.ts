import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testClaim } from "@/lib/testing/test-claim";
import { testFixtures } from "@/lib/testing/fixtures";
import { search } from "./search-data";
import type { SearchGroup, SearchHitBase } from "./search-hits";
import { SearchParamsSchema } from "./search-schema";
import { snippetText } from "./snippet";

const fixtures = testFixtures();
// A word no other test's rows contain, in every text here (never in a title: titles match typos).
const word = `Velmora${crypto.randomUUID().replace(/\D/g, "").slice(0, 6)}`;
const made = {
  ...{ english: "", spanish: "", russian: "", first: "", second: "", q1: "", q2: "" },
  ...{ onEnglish: "", onRussian: "", origin: "" },
};
const origin = `Office ${word}`;

beforeAll(async () => {
  const source = async (title: string, extra: Record<string, unknown>) =>
    (await fixtures.source(`Witnesses in ${word} counted 26 dead.`, { title, ...extra })).id;
  made.english = await source("English report", { language: "en-GB", published: "1988-03-01" });
  made.spanish = await source("Informe", { language: "es" });
  made.russian = await source("Доклад", { language: "ru", published: "1989" });
  const first = fixtures.subject(`${word} first`);
  const second = fixtures.subject(`${word} second`);
  const onFirst = await testClaim(
    made.english,
    { subject: first, measure: "dead", kind: "count" },
    `Witnesses in ${word} counted 26 dead`,
    origin,
  );
  const onSecond = await testClaim(
    made.spanish,
    { subject: second, measure: "dead", kind: "count" },
    `Witnesses in ${word} counted 26 dead`,
  );
  const onRussian = await testClaim(
    made.russian,
    onSecond.questionId,
    `Witnesses in ${word} counted 26 dead`,
    origin,
  );
  made.onEnglish = onFirst.id;
  made.onRussian = onRussian.id;
  made.q1 = onFirst.questionId;
  made.q2 = onSecond.questionId;
  const subjectOf = async (questionId: string) =>
    (await search({ q: word, kind: "questions" })).questions!.items.find(
      (hit) => hit.id === questionId,
    )!.subject.id;
  made.first = await subjectOf(made.q1);
  made.second = await subjectOf(made.q2);
});
afterAll(() => fixtures.cleanUp());

/** The ids found of one kind, as the page and the API would read the parameters. */
async function found(
  kind: "sources" | "passages" | "claims" | "questions" | "origins",
  filters: Record<string, string>,
  q = word,
) {
  const results = await search(SearchParamsSchema.parse({ q, kind, limit: "50", ...filters }));
  return new Set((results[kind] as SearchGroup<SearchHitBase> | undefined)?.items.map((i) => i.id));
}
const sourcesOf = async (filters: Record<string, string>) => found("sources", filters);

describe("search filters", () => {
  test("by language: a source's own, a code's variants (en finds en-GB), any capitals", async () => {
    expect(await sourcesOf({})).toEqual(new Set([made.english, made.spanish, made.russian]));
    expect(await sourcesOf({ language: "es" })).toEqual(new Set([made.spanish]));
    expect(await sourcesOf({ language: "EN" })).toEqual(new Set([made.english]));
    expect(await sourcesOf({ language: "en-gb" })).toEqual(new Set([made.english]));
    expect(await sourcesOf({ language: "fr" })).toEqual(new Set());
  });

  test("by publication date: periods that reach into the range, undated sources left out", async () => {
    expect(await sourcesOf({ from: "1988", to: "1988" })).toEqual(new Set([made.english]));
    // Dated only "1989", the Russian source may be from any day of it.
    expect(await sourcesOf({ from: "1989-06" })).toEqual(new Set([made.russian]));
    expect(await sourcesOf({ from: "1988-03-02" })).toEqual(new Set([made.russian]));
    expect(await sourcesOf({ to: "1988-03-01" })).toEqual(new Set([made.english]));
    expect(await sourcesOf({ to: "1988-02" })).toEqual(new Set());
    expect(await sourcesOf({ from: "1987", to: "1990" })).toEqual(
      new Set([made.english, made.russian]),
    );
  });

  test("by subject: sources with a claim about it, its passages, its questions", async () => {
    expect(await sourcesOf({ subject: made.first })).toEqual(new Set([made.english]));
    expect(await sourcesOf({ subject: made.second })).toEqual(
      new Set([made.spanish, made.russian]),
    );
    const passages = await search(
      SearchParamsSchema.parse({ q: word, kind: "passages", subject: made.first }),
    );
    expect(passages.passages?.items.map((hit) => hit.source.id)).toEqual([made.english]);
    expect(await found("questions", { subject: made.first })).toEqual(new Set([made.q1]));
    expect(await found("questions", { subject: "nosuchsubject" })).toEqual(new Set());
  });

  test("passages go by their source's language and date, questions by any of their sources'", async () => {
    const passages = await search(
      SearchParamsSchema.parse({ q: word, kind: "passages", language: "ru" }),
    );
    expect(passages.passages?.items.map((hit) => hit.source.id)).toEqual([made.russian]);
    expect(await found("questions", { language: "ru" })).toEqual(new Set([made.q2]));
    expect(await found("questions", { language: "en" })).toEqual(new Set([made.q1]));
    expect(await found("questions", { from: "1989" })).toEqual(new Set([made.q2]));
  });

  test("claims go by their source and question, origins by the claims that relay them", async () => {
    expect(await found("claims", { subject: made.first }, "26")).toEqual(new Set([made.onEnglish]));
    expect(await found("claims", { subject: made.second, language: "ru" }, "26")).toEqual(
      new Set([made.onRussian]),
    );
    // Found by name among any similar ones (typo tolerance) that other runs left behind.
    const all = await search({ q: origin, kind: "origins", limit: 50 });
    const ours = all.origins!.items.find((hit) => snippetText(hit.snippet) === origin)!.id;
    const relays = async (filters: Record<string, string>) =>
      (await found("origins", filters, origin)).has(ours);
    expect(await relays({ language: "ru" })).toBe(true);
    expect(await relays({ language: "es" })).toBe(false);
    expect(await relays({ subject: made.first })).toBe(true);
    expect(await relays({ subject: made.second, language: "en" })).toBe(false);
    expect(await relays({ to: "1988-12" })).toBe(true);
    expect(await relays({ from: "1990" })).toBe(false);
  });

  test("subjects are listed under a subject filter, not under a language or a date", async () => {
    const all = await search(SearchParamsSchema.parse({ q: word, subject: made.first }));
    expect(all.subjects?.items.map((hit) => hit.id)).toEqual([made.first]);
    const byLanguage = await search(SearchParamsSchema.parse({ q: word, language: "en" }));
    expect(byLanguage.subjects).toBeUndefined();
    expect(byLanguage.sources?.items.map((hit) => hit.id)).toEqual([made.english]);
  });
});
