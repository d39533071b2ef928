import { describe, expect, it } from "vitest";
import { claimRecord as c } from "@/lib/questions/claim-record-fixture";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { buildMatrix } from "./build-matrix";

const subject = { id: "s", name: "Sumgait pogrom", description: null };
const header = (id: string, measure: string): QuestionHeader => ({
  id,
  measure,
  kind: "count",
  unit: null,
  scope: "",
  subject: { id: "s", name: "Sumgait pogrom" },
});

describe("buildMatrix", () => {
  const killed = header("killed", "Armenians killed");
  const fled = header("fled", "Armenians who fled");
  const old = { source: "old", title: "Old", published: "1988" };
  const recent = { source: "new", title: "New", published: "2020" };
  const claims = [
    c("a", "26", { questionId: "killed", origin: "prosecutor", ...old }),
    c("b", "26", { questionId: "killed", origin: "prosecutor", ...recent }),
    c("d", "hundreds", { questionId: "killed", status: "draft", ...recent }),
    c("e", "14,000", { questionId: "fled", ...old }),
  ];
  const matrix = buildMatrix(subject, [killed, fled], claims);

  it("has the sources as columns, newest first", () => {
    expect(matrix.sources.map((s) => s.id)).toEqual(["new", "old"]);
  });

  it("puts each claim in its question's row and its source's cell", () => {
    expect(matrix.rows.map((row) => row.question.id)).toEqual(["killed", "fled"]);
    const killedRow = matrix.rows[0]!;
    expect(killedRow.cells.new?.map((cell) => cell.claimId)).toEqual(["b", "d"]);
    expect(killedRow.cells.old?.map((cell) => cell.valueText)).toEqual(["26"]);
    expect(matrix.rows[1]?.cells.old?.map((cell) => cell.claimId)).toEqual(["e"]);
  });

  it("shows drafts in their cell without a cluster and leaves them out of the verdict", () => {
    const draft = matrix.rows[0]!.cells.new?.find((cell) => cell.claimId === "d");
    expect(draft).toMatchObject({ draft: true, cluster: null });
    expect(matrix.rows[0]!.verdict.status).toBe("single");
  });

  it("counts relays of one origin once in a row's verdict", () => {
    expect(matrix.rows[0]!.verdict).toMatchObject({ independentOrigins: 1 });
    expect(matrix.rows[0]!.verdict.clusters[0]).toMatchObject({ origins: 1, sources: 2 });
  });
});
