// A comparison reads the text around each passage, not whole source texts, and shows each passage
// as the whole text would; it reads a whole text only for a passage an excerpt cannot show.
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/testing/statements-of";
import { CONTEXT_EXCERPT } from "@/lib/passages/text-excerpt";
import { getSource } from "@/lib/sources/source-data";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim } from "@/lib/testing/test-claim";
import { buildComparison, inWholeTexts } from "./build-comparison";
import { readComparisonRows } from "./comparison-data";
import { getQuestionComparison } from "./question-data";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

// Paragraphs with characters of more than one byte (é, €).
const paragraph = (n: number) =>
  `Paragraph ${n}: the committée met again (€) and heard the witnesses, who spoke at length. `;
const filler = (from: number, count: number) =>
  Array.from({ length: count }, (_, n) => paragraph(from + n)).join("");
const EARLY = "officials counted 12 dead";
const DEEP = "the hospital counted 31 dead";
const AFTER_BLANKS = "a later list counted 40 dead";
const FIRST = `${EARLY} on the first day. ${filler(0, 500)}On the second day ${DEEP} in all. ${filler(500, 40)}`;
// A run of blanks longer than the context before the passage: the context reaches back across it.
const SECOND = `${filler(600, 400)}Then.${" ".repeat(1_500)}${AFTER_BLANKS} in all. ${filler(1000, 20)}`;

async function wholeTextComparison(questionId: string) {
  const rows = (await readComparisonRows(db, questionId))!;
  const texts = new Map<string, string>();
  for (const record of rows.records)
    for (const passage of record.passages)
      texts.set(passage.sourceId, (await getSource(passage.sourceId))!.text);
  return buildComparison(rows.question, rows.records, inWholeTexts(texts));
}

describe("a comparison's passages", () => {
  test("are read from the text around each, cut at the right place, and shown as from the whole text", async () => {
    const source = await fixtures.source(FIRST, { language: "en" });
    const question = { subject: fixtures.subject("Excerpts"), measure: "killed", kind: "count" };
    const early = await testClaim(source.id, question, EARLY);
    await testClaim(source.id, early.questionId, DEEP);

    const rows = (await readComparisonRows(db, early.questionId))!;
    for (const record of rows.records) {
      const passage = record.passages[0]!;
      const excerpt = rows.excerpts.get(passage.id)!;
      expect(excerpt.start).toBe(Math.max(0, passage.start - CONTEXT_EXCERPT));
      expect(excerpt.text.length).toBe(passage.end + CONTEXT_EXCERPT - excerpt.start);
      const at = passage.start - excerpt.start;
      expect(excerpt.text.slice(at, at + passage.exact.length)).toBe(passage.exact);
    }
    expect([...rows.excerpts.values()].some((excerpt) => excerpt.start > 0)).toBe(true);

    const statements = await statementsOf(() => getQuestionComparison(early.questionId));
    expect(statements).toHaveLength(1);
    const shown = (await getQuestionComparison(early.questionId))!;
    expect(shown.claims.flatMap((claim) => claim.passages.map((p) => p.found))).toEqual([
      "position",
      "position",
    ]);
    expect(shown.claims).toEqual((await wholeTextComparison(early.questionId)).claims);
  });

  test("a passage the excerpt cannot show (a long run of blanks before it; moved since stored) is read from the whole text", async () => {
    const first = await fixtures.source(FIRST, { language: "en" });
    const second = await fixtures.source(SECOND, { language: "en" });
    const question = {
      subject: fixtures.subject("Excerpts whole"),
      measure: "killed",
      kind: "count",
    };
    const deep = await testClaim(first.id, question, DEEP);
    await testClaim(second.id, deep.questionId, AFTER_BLANKS);

    const blanks = await statementsOf(() => getQuestionComparison(deep.questionId));
    expect(blanks).toHaveLength(2);
    const shown = (await getQuestionComparison(deep.questionId))!;
    expect(shown.claims).toEqual((await wholeTextComparison(deep.questionId)).claims);

    const passage = deep.passages[0]!;
    await db.passage.update({
      where: { id: passage.id },
      data: { start: passage.start - 300, end: passage.end - 300 },
    });
    const moved = (await getQuestionComparison(deep.questionId))!;
    const found = moved.claims.find((claim) => claim.id === deep.id)!.passages[0]!;
    expect(found.found).toBe("quote");
    expect(found.start).toBe(passage.start);
    expect(moved.claims).toEqual((await wholeTextComparison(deep.questionId)).claims);
  });

  test("a text with characters of two UTF-16 units comes whole in the one statement", async () => {
    const source = await fixtures.source(FIRST.replaceAll("(€)", "(😀 𝔸)"), { language: "en" });
    const question = {
      subject: fixtures.subject("Excerpts two units"),
      measure: "killed",
      kind: "count",
    };
    const deep = await testClaim(source.id, question, DEEP);
    const rows = (await readComparisonRows(db, deep.questionId))!;
    expect(rows.excerpts.get(deep.passages[0]!.id)).toEqual({
      start: 0,
      text: source.text,
      atEnd: true,
    });
    expect(await statementsOf(() => getQuestionComparison(deep.questionId))).toHaveLength(1);
    const shown = (await getQuestionComparison(deep.questionId))!;
    expect(shown.claims[0]!.passages[0]!.found).toBe("position");
    expect(shown.claims).toEqual((await wholeTextComparison(deep.questionId)).claims);
  });
});
