// Every query a list, search, comparison, trash list or editor's picker runs can be served by an
// index. The statements are the app's own, captured as it answers; each is then planned against
// the benchmark's synthetic corpus in a database of its own (test rows are too few for the
// planner to choose as it would on an archive), with sequential scans priced out, and no plan may
// still read a growing table whole.
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { writeCorpus } from "@/bench/scale/corpus";
import { createDatabaseIfMissing } from "@/scripts/db/embedded-postgres";
import { applyMigrations } from "@/scripts/db/migrate";
import { trashClaim } from "@/lib/claims/claim-trash";
import { encodeTrashCursor } from "@/lib/trash/trash-cursor";
import { encodeCursor } from "@/lib/questions/question-list-cursor";
import { onQuery } from "@/lib/db/client";
import { listOrigins, searchOrigins } from "@/lib/origins/origin-data";
import { getSourceAround } from "@/lib/sources/source-data";
import { searchQuestionOptions } from "@/lib/questions/question-data";
import { listSuggestions } from "@/lib/suggestions/suggestion-data";
import { callRoute } from "@/lib/testing/api-client";
import { testFixtures } from "@/lib/testing/fixtures";
import { testClaim as claim } from "@/lib/testing/test-claim";
import * as claimHistory from "./claims/[id]/history/route";
import * as claimItem from "./claims/[id]/route";
import * as questionItem from "./questions/[id]/route";
import * as questions from "./questions/route";
import * as search from "./search/route";
import * as sourceItem from "./sources/[id]/route";
import * as sources from "./sources/route";
import * as subjectItem from "./subjects/[id]/route";
import * as subjects from "./subjects/route";
import * as trash from "./trash/route";

const fixtures = testFixtures();
const CORPUS_CLAIMS = 20_000;
let sql: pg.Client;

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!);
  const name = `${url.pathname.slice(1)}_plans`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const drop = new pg.Client({ connectionString: admin.href });
  await drop.connect();
  await drop.query(`DROP DATABASE IF EXISTS ${drop.escapeIdentifier(name)}`);
  await drop.end();
  await createDatabaseIfMissing(admin.href, name);
  url.pathname = `/${name}`;
  await applyMigrations(url.href);
  sql = new pg.Client({ connectionString: url.href });
  await sql.connect();
  await writeCorpus(sql, CORPUS_CLAIMS);
}, 120_000);

afterAll(async () => {
  await sql?.end();
  await fixtures.cleanUp();
});

// The tables that grow with the archive. Accounts, sessions, tokens, styles and the one-row
// tallies stay small, and reading them whole is what their queries mean to do.
const GROWING = new Set([
  "Source",
  "Claim",
  "Passage",
  "Question",
  "Subject",
  "Origin",
  "Revision",
  "SourceTextVersion",
  "SourceOriginal",
  "SuggestionDismissal",
]);

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Parent Relationship"?: string;
  Plans?: PlanNode[];
}

// Nodes that pass rows up as they come, so a Limit above them stops the scan below early.
const STREAMING = new Set(["Limit", "Subquery Scan", "Result", "Unique", "Nested Loop"]);
const INDEX_SCANS = new Set(["Index Scan", "Index Only Scan", "Bitmap Index Scan"]);

/**
 * The growing tables a plan reads whole: a sequential scan, or an index scan with no condition
 * that no Limit stops (walking an index in order up to a LIMIT is bounded). The trash grows too:
 * its indexes of trashed rows count as the tables they index.
 */
function readWhole(node: PlanNode, limited = false): string[] {
  const table = node["Relation Name"] ?? "";
  const index = node["Index Name"] ?? "";
  const unbounded =
    GROWING.has(table) &&
    (node["Node Type"] === "Seq Scan" ||
      (INDEX_SCANS.has(node["Node Type"]) && !node["Index Cond"] && !limited));
  const stillLimited = (child: PlanNode) =>
    (node["Node Type"] === "Limit" || (limited && STREAMING.has(node["Node Type"]))) &&
    child["Parent Relationship"] !== "Inner";
  return [
    ...(unbounded ? [`${node["Node Type"]} of ${table}${index ? ` (${index})` : ""}`] : []),
    ...(node.Plans ?? []).flatMap((child) => readWhole(child, stillLimited(child))),
  ];
}

/** The growing tables `statement`'s plan reads whole on the corpus, sequential scans priced out. */
async function scannedWhole(statement: string, params: readonly unknown[]): Promise<string[]> {
  await sql.query("BEGIN");
  try {
    await sql.query("SET LOCAL enable_seqscan = off");
    const { rows } = await sql.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${statement}`,
      params as unknown[],
    );
    return readWhole(rows[0]!["QUERY PLAN"][0].Plan);
  } finally {
    await sql.query("ROLLBACK");
  }
}

test("lists, search, comparison, trash and pickers read no growing table whole", async () => {
  const subject = fixtures.subject("Planned");
  const text = "Officials counted 26 dead. Witnesses spoke of hundreds of dead.";
  const source = await fixtures.source(text);
  const first = await claim(
    source.id,
    { subject, measure: "killed", kind: "count" },
    "counted 26 dead",
    "Ministry",
  );
  const other = await claim((await fixtures.source(text)).id, first.questionId, "hundreds of dead");
  expect((await trashClaim(other.id)).ok).toBe(true);
  const subjectId = (
    await callRoute(questionItem.GET, "GET", "", { params: { id: first.questionId } })
  ).body.question.subject.id as string;

  type Call = [string, () => Promise<unknown>];
  const calls: Call[] = [
    ["questions", () => callRoute(questions.GET, "GET", "/api/v1/questions", { as: null })],
    [
      "questions of a subject, most divergent first",
      () => callRoute(questions.GET, "GET", "/api/v1/questions", { query: { subject: subjectId } }),
    ],
    [
      "questions A to Z, after a cursor",
      () =>
        callRoute(questions.GET, "GET", "/api/v1/questions", {
          query: {
            order: "label",
            cursor: encodeCursor({ order: "label", label: "killed", id: "a" }),
          },
        }),
    ],
    [
      "questions of a subject A to Z",
      () =>
        callRoute(questions.GET, "GET", "/api/v1/questions", {
          query: { subject: subjectId, order: "label" },
        }),
    ],
    [
      "questions with a verdict A to Z",
      () =>
        callRoute(questions.GET, "GET", "/api/v1/questions", {
          query: { verdict: "diverge", order: "label" },
        }),
    ],
    [
      "question picker, nothing typed",
      () => callRoute(questions.GET, "GET", "/api/v1/questions", { query: { q: "", limit: "20" } }),
    ],
    [
      "question picker, a word",
      () => callRoute(questions.GET, "GET", "/api/v1/questions", { query: { q: "killed" } }),
    ],
    // Read once above, so held: its fingerprint alone. Then built afresh: the statement itself.
    [
      "comparison's fingerprint",
      () => callRoute(questionItem.GET, "GET", "", { params: { id: first.questionId } }),
    ],
    [
      "comparison",
      () =>
        callRoute(questionItem.GET, "GET", "", {
          params: { id: first.questionId },
          headers: { "cache-control": "no-cache" },
        }),
    ],
    ["subjects", () => callRoute(subjects.GET, "GET", "/api/v1/subjects", { as: null })],
    [
      "subjects with the words typed",
      () => callRoute(subjects.GET, "GET", "/api/v1/subjects", { query: { q: "planned event" } }),
    ],
    [
      "subjects with the words typed, after a cursor",
      () =>
        callRoute(subjects.GET, "GET", "/api/v1/subjects", {
          query: { q: "planned", after: "planned" },
        }),
    ],
    ["subject", () => callRoute(subjectItem.GET, "GET", "", { params: { id: subjectId } })],
    [
      "subject, after a cursor",
      () =>
        callRoute(subjectItem.GET, "GET", "", {
          params: { id: subjectId },
          query: { after: encodeCursor({ order: "label", label: "planned — killed", id: "a" }) },
        }),
    ],
    ["sources", () => callRoute(sources.GET, "GET", "/api/v1/sources", { as: null })],
    [
      "sources by words",
      () => callRoute(sources.GET, "GET", "/api/v1/sources", { query: { q: "witnesses" } }),
    ],
    ["source", () => callRoute(sourceItem.GET, "GET", "", { params: { id: source.id } })],
    ["claim", () => callRoute(claimItem.GET, "GET", "", { params: { id: first.id } })],
    ["claim history", () => callRoute(claimHistory.GET, "GET", "", { params: { id: first.id } })],
    ["search", () => callRoute(search.GET, "GET", "/api/v1/search", { query: { q: "witnesses" } })],
    [
      "search by subject, language and date",
      () =>
        callRoute(search.GET, "GET", "/api/v1/search", {
          query: { q: "witnesses", subject: subjectId, language: "en", from: "1988", to: "1990" },
        }),
    ],
    ...(["source", "question", "claim"] as const).flatMap((kind): Call[] => [
      [
        `trash of ${kind}s`,
        () => callRoute(trash.GET, "GET", "/api/v1/trash", { query: { kind } }),
      ],
      [
        `trash of ${kind}s, after a cursor`,
        () =>
          callRoute(trash.GET, "GET", "/api/v1/trash", {
            query: { kind, cursor: encodeTrashCursor({ deletedAt: new Date(), id: "a" }) },
          }),
      ],
    ]),
    ["origin suggestions", () => listOrigins()],
    ["origins with the words typed", () => searchOrigins("witness chair", 20)],
    ["a claim's source around its passage", () => getSourceAround(source.id, { start: 5, end: 9 })],
    ["question options", () => searchQuestionOptions("", 20)],
    ["figures suggested on a source", () => listSuggestions(source.id)],
  ];
  await callRoute(questions.GET, "GET", "/api/v1/questions"); // the API tokens are made on the first call

  const found: Record<string, string[]> = {};
  let planned = 0;
  for (const [name, call] of calls) {
    const statements: [string, readonly unknown[]][] = [];
    const stop = onQuery((statement, params) => statements.push([statement, params]));
    try {
      await call();
    } finally {
      stop();
    }
    for (const [statement, params] of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(statement)) continue;
      planned++;
      const tables = await scannedWhole(statement, params);
      if (tables.length) (found[name] ??= []).push(`${tables.join(", ")} in: ${statement}`);
    }
  }
  expect(planned).toBeGreaterThan(calls.length);
  expect(found).toEqual({});
}, 60_000);
