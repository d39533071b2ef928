import { describe, expect, it } from "vitest";
import { RECALL_SET, readAnnotatedText } from "@/eval/suggestions/recall-set";
import { measureRecall } from "./measure-recall";
import { suggestFigures } from "./suggest-figures";

// The hand-annotated recall set (eval/suggestions): suggestions must find at least 90 % of the
// figures an editor would record. `npm run eval:suggestions` prints the numbers per text.
describe("suggestFigures recall on the annotated texts", () => {
  const results = RECALL_SET.map((entry) => {
    const text = readAnnotatedText(entry);
    return measureRecall(text, entry.figures, suggestFigures(text, { reference: entry.reference }));
  });

  it("has annotations that all point at words of their texts", () => {
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(RECALL_SET.length).toBeGreaterThanOrEqual(6);
  });

  it("suggests at least 90 % of the annotated figures", () => {
    const annotated = results.reduce((sum, r) => sum + r.annotated, 0);
    const found = results.reduce((sum, r) => sum + r.found, 0);
    expect(annotated).toBeGreaterThan(100);
    expect(found / annotated).toBeGreaterThanOrEqual(0.9);
  });
});
