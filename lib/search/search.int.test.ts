import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { db } from "@/lib/db/client";
import { testFixtures } from "@/lib/testing/fixtures";
import { search } from "./search-data";
import type { SearchGroup, SearchHitBase } from "./search-hits";
import { snippetText, type Snippet } from "./snippet";

const fixtures = testFixtures();
// Words no other test's rows contain, so results are this file's alone.
const tag = crypto.randomUUID().replace(/\D/g, "").slice(0, 6);
const town = `Zarvanqayıt${tag}`;
let englishId = "";
let spanishId = "";
let subjectName = "";

beforeAll(async () => {
  const english = await fixtures.source(
    `On the night of 28 February the ${town} pogrom began. Officials said 26 Armenians were killed.`,
    { title: `Riots in ${town}`, language: "en", published: "1988-03-01" },
  );
  englishId = english.id;
  const spanish = await fixtures.source(
    `Según la Fiscalía, murieron 26 personas en la población armenia de Quelvarín${tag}.`,
    { title: `Informe sobre Quelvarín${tag}`, language: "es" },
  );
  spanishId = spanish.id;
  subjectName = fixtures.subject(`Pogrom of ${town}`);
  const recorded = await recordClaim(
    ClaimInputSchema.parse({
      sourceId: english.id,
      question: { subject: subjectName, measure: "Armenians killed", kind: "count" },
      quote: { exact: "Officials said 26 Armenians were killed" },
      stated: "26 Armenians",
    }),
  );
  if (!recorded.ok) throw new Error(JSON.stringify(recorded));
});
afterAll(() => fixtures.cleanUp());

const text = (snippet: Snippet) => snippetText(snippet);
const ids = (group: SearchGroup<SearchHitBase> | undefined) => group?.items.map((i) => i.id) ?? [];

describe("search", () => {
  test("finds a word in a source's text, with the word highlighted as the text writes it", async () => {
    const results = await search({ q: "pogrom began", kind: "sources" });
    const hit = results.sources?.items.find((item) => item.id === englishId);
    expect(hit).toBeDefined();
    expect(hit!.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["pogrom", "began"]);
    expect(text(hit!.snippet)).toContain(`the ${town} pogrom began.`);
  });

  test("finds a stemmed form in the source's language (killed → kill)", async () => {
    const results = await search({ q: `kill ${town}`, kind: "sources" });
    expect(ids(results.sources)).toContain(englishId);
  });

  test("finds words without their accents, in another language", async () => {
    const unaccented = await search({ q: `poblacion quelvarin${tag}` });
    expect(ids(unaccented.sources)).toEqual([spanishId]);
    const hit = unaccented.sources!.items[0]!;
    expect(hit.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toContain("población");
    expect(text(hit.title)).toBe(`Informe sobre Quelvarín${tag}`);
    // and a name written with a letter that has no accent to remove but folds (ı → i)
    const town2 = await search({ q: `zarvanqayit${tag}` });
    expect(ids(town2.sources)).toContain(englishId);
  });

  test("finds a passage's quote and says which claim, source and question it belongs to", async () => {
    const found = await search({ q: "officials said 26 armenians", kind: "passages" });
    const hit = found.passages?.items.find((item) => item.source.id === englishId);
    expect(hit).toMatchObject({ stated: "26 Armenians", source: { id: englishId } });
    expect(hit!.question.label).toBe(`${subjectName} — Armenians killed`);
  });

  test("finds a claim by its stated words, and an origin by its name and with a typo", async () => {
    const origin = `Prokuratura${tag}`;
    const source = await fixtures.source(
      `The office of ${origin} reported twenty-six Armenians killed in ${town}.`,
    );
    const relayed = await recordClaim(
      ClaimInputSchema.parse({
        sourceId: source.id,
        question: { subject: subjectName, measure: "Armenians killed", kind: "count" },
        quote: { exact: "reported twenty-six Armenians killed" },
        stated: "twenty-six Armenians",
        origin,
      }),
    );
    if (!relayed.ok) throw new Error(JSON.stringify(relayed));
    const claims = await search({ q: "twenty-six armenians", kind: "claims" });
    expect(claims.claims!.items.find((hit) => hit.id === relayed.value.id)).toMatchObject({
      stated: "twenty-six Armenians",
      origin,
      source: { id: source.id },
      question: { label: `${subjectName} — Armenians killed` },
    });
    const origins = await search({ q: origin.replace("kura", "kuar"), kind: "origins" });
    expect(origins.origins?.items).toHaveLength(1);
    expect(origins.origins!.items[0]).toMatchObject({
      claimCount: 1,
      claims: [{ id: relayed.value.id, question: { id: relayed.value.questionId } }],
    });
    expect(text(origins.origins!.items[0]!.snippet)).toBe(origin);
  });

  test("finds a subject and its questions by name", async () => {
    const results = await search({ q: subjectName });
    expect(results.subjects?.items.map((s) => text(s.snippet))).toEqual([subjectName]);
    expect(results.subjects?.items[0]?.questionCount).toBe(1);
    expect(results.questions?.items.map((q) => text(q.snippet))).toEqual([
      `${subjectName} — Armenians killed`,
    ]);
  });

  test("finds a subject and a source title despite a typo", async () => {
    const typo = `Zarvanqyait${tag}`;
    const results = await search({ q: typo });
    expect(results.subjects?.items.map((s) => s.id)).toHaveLength(1);
    expect(ids(results.sources)).toContain(englishId);
  });

  test("pages one kind with a cursor, every result exactly once", async () => {
    const first = await search({ q: tag, kind: "sources", limit: 1 });
    expect(first.sources?.items).toHaveLength(1);
    expect(first.sources?.nextCursor).not.toBeNull();
    const second = await search({
      q: tag,
      kind: "sources",
      limit: 1,
      cursor: first.sources!.nextCursor!,
    });
    const seen = [...ids(first.sources), ...ids(second.sources)];
    expect(new Set(seen)).toEqual(new Set([englishId, spanishId]));
  });

  test("a source in the trash is not found", async () => {
    await db.source.update({ where: { id: spanishId }, data: { deletedAt: new Date() } });
    try {
      expect(ids((await search({ q: `quelvarin${tag}` })).sources)).toEqual([]);
    } finally {
      await db.source.update({ where: { id: spanishId }, data: { deletedAt: null } });
    }
  });

  test("a query with nothing to search for finds nothing, without asking the database", async () => {
    expect(await search({ q: "&& -excluded" })).toEqual({ query: null });
  });

  test("a text of nearly 5 MB saves, and words near its start are found", async () => {
    const long = `Opening words ${tag}vast. ` + "lorem ipsum dolor sit amet ".repeat(180_000);
    const source = await fixtures.source(long, { title: "A long text" });
    expect(source.text.length).toBeGreaterThan(4_000_000);
    expect(ids((await search({ q: `${tag}vast`, kind: "sources" })).sources)).toEqual([source.id]);
  });
});
