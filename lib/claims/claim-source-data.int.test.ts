// A claim's page reads only the text around its passage, and shows what the whole text would show.
import { afterAll, describe, expect, test } from "vitest";
import { getClaim } from "@/lib/claims/claim-data";
import { db } from "@/lib/db/client";
import { sectionBefore } from "@/lib/passages/section-before";
import { EXCERPT_AFTER, EXCERPT_BEFORE } from "@/lib/passages/text-excerpt";
import { viewPassage } from "@/lib/questions/build-comparison";
import { getSource, getSourceAround } from "@/lib/sources/source-data";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim } from "@/lib/testing/test-claim";
import { loadClaimSource } from "./claim-source-data";
import { readingLanguage } from "./reading-language";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

// About 40,000 characters: paragraphs with characters of more than one byte (é, €) before the
// passage, a heading and a dateline just above it, and more text after.
const paragraph = (n: number) =>
  `Paragraph ${n}: the committée met again (€) and heard the witnesses, who spoke at length.\n`;
const QUOTE = "the hospital counted 31 dead";
const TEXT = [
  ...Array.from({ length: 400 }, (_, n) => paragraph(n)),
  "\nSUMGAIT\nFebruary 29, 1988\n",
  `On the second day ${QUOTE} and many more wounded.\n`,
  ...Array.from({ length: 40 }, (_, n) => paragraph(1000 + n)),
].join("");

async function wholeTextView(claimId: string) {
  const claim = (await getClaim(claimId))!;
  const whole = (await getSource(claim.source.id))!;
  const passage = claim.passages[0]!;
  return {
    passage: viewPassage(passage, claim.stated, whole.text),
    reading: {
      language: readingLanguage(whole.language, whole.text),
      context: sectionBefore(whole.text, passage.start),
    },
  };
}

describe("a claim's source on its page", () => {
  test("is an excerpt around the passage, cut at the right place past characters of several bytes", async () => {
    const source = await fixtures.source(TEXT, { language: "en" });
    const claim = await testClaim(
      source.id,
      { subject: fixtures.subject("Excerpt"), measure: "killed", kind: "count" },
      QUOTE,
    );
    const passage = claim.passages[0]!;
    const around = (await getSourceAround(source.id, passage))!;
    expect(around.excerpt.start).toBe(passage.start - EXCERPT_BEFORE);
    expect(around.excerpt.text.length).toBe(EXCERPT_BEFORE + EXCERPT_AFTER + QUOTE.length);
    expect(around.excerpt.atEnd).toBe(false);
    const at = passage.start - around.excerpt.start;
    expect(around.excerpt.text.slice(at, at + QUOTE.length)).toBe(QUOTE);
    expect(around.head).toBeNull();

    const shown = (await loadClaimSource((await getClaim(claim.id))!))!;
    expect(shown.passage?.found).toBe("position");
    expect({ passage: shown.passage, reading: shown.reading }).toEqual(
      await wholeTextView(claim.id),
    );
    expect(shown.reading.context).toContain("February 29, 1988");
    expect(shown.source.title).toBe(source.title);
  });

  test("with no language given, the language is detected from the start of the text as before", async () => {
    const source = await fixtures.source(TEXT);
    const claim = await testClaim(
      source.id,
      { subject: fixtures.subject("Excerpt language"), measure: "killed", kind: "count" },
      QUOTE,
    );
    const around = (await getSourceAround(source.id, claim.passages[0]!))!;
    expect(around.head?.length).toBeGreaterThan(0);
    const shown = (await loadClaimSource((await getClaim(claim.id))!))!;
    expect(shown.reading).toEqual((await wholeTextView(claim.id)).reading);
    expect(shown.reading.language).toBe("en");
  });

  test("a passage no longer at its stored place is found in the whole text, as other pages find it", async () => {
    const source = await fixtures.source(TEXT, { language: "en" });
    const claim = await testClaim(
      source.id,
      { subject: fixtures.subject("Excerpt moved"), measure: "killed", kind: "count" },
      QUOTE,
    );
    const passage = claim.passages[0]!;
    await db.passage.update({
      where: { id: passage.id },
      data: { start: passage.start - 500, end: passage.end - 500 },
    });
    const shown = (await loadClaimSource((await getClaim(claim.id))!))!;
    expect(shown.passage?.found).toBe("quote");
    expect(shown.passage?.context?.passage).toBe(QUOTE);
    expect({ passage: shown.passage, reading: shown.reading }).toEqual(
      await wholeTextView(claim.id),
    );
  });

  test("a text with characters of two UTF-16 units comes whole, and shows the same", async () => {
    const twoUnit = TEXT.replaceAll("(€)", "(😀 𝔸)");
    const source = await fixtures.source(twoUnit, { language: "en" });
    const claim = await testClaim(
      source.id,
      { subject: fixtures.subject("Excerpt two units"), measure: "killed", kind: "count" },
      QUOTE,
    );
    const around = (await getSourceAround(source.id, claim.passages[0]!))!;
    expect(around.excerpt).toEqual({ start: 0, text: source.text, atEnd: true });
    const shown = (await loadClaimSource((await getClaim(claim.id))!))!;
    expect(shown.passage?.found).toBe("position");
    expect({ passage: shown.passage, reading: shown.reading }).toEqual(
      await wholeTextView(claim.id),
    );
  });

  test("a passage near the end of a text: the excerpt runs to the end", async () => {
    const source = await fixtures.source(`${TEXT}The last word: ${QUOTE}.`, { language: "en" });
    const claim = await testClaim(
      source.id,
      { subject: fixtures.subject("Excerpt end"), measure: "killed", kind: "count" },
      `last word: ${QUOTE}`,
    );
    const around = (await getSourceAround(source.id, claim.passages[0]!))!;
    expect(around.excerpt.atEnd).toBe(true);
    expect(around.excerpt.start + around.excerpt.text.length).toBe(source.text.length);
    const shown = (await loadClaimSource((await getClaim(claim.id))!))!;
    expect({ passage: shown.passage, reading: shown.reading }).toEqual(
      await wholeTextView(claim.id),
    );
  });

  test("a source in the trash is not shown", async () => {
    expect(await getSourceAround("not-an-id", { start: 0, end: 1 })).toBeNull();
  });
});
