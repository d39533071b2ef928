// The synthetic corpus of bench/export-csv.ts, written with COPY: the seed's texts copied into
// SOURCE_COPIES sources each, QUESTIONS questions, and the seed's claims repeated to any count.
import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { SAMPLE_SOURCES } from "@/seed/sample-sources";
import { readFileSync } from "node:fs";

const SOURCE_COPIES = 30;
const QUESTIONS = 1000;
const SUBJECTS = 100;
const ORIGINS = 50;
const NOW = "2026-01-01 00:00:00";

type Cell = string | number | null;

/** Fills an empty, migrated database with `claims` claims and what they need; returns the count. */
export async function buildCorpus(client: ClientBase, claims: number): Promise<void> {
  const seed = seededClaims();
  const texts = new Map(
    SAMPLE_SOURCES.map((s) => [
      s.title,
      readFileSync(new URL(`../seed/corpus/${s.file}`, import.meta.url), "utf8"),
    ]),
  );
  const sources: Cell[][] = [];
  for (const [title, text] of texts)
    for (let copy = 0; copy < SOURCE_COPIES; copy++) {
      // Appended at the end, so every seeded passage's offsets still hold.
      const body = `${text}\n\n(copy ${copy})`;
      sources.push([
        sourceId(title, copy),
        `${title} (${copy})`,
        `{"A. Author","B. Author"}`,
        "report",
        body,
        sha(body),
        NOW,
      ]);
    }
  await copy(client, `"Source" (id, title, authors, kind, text, "textHash", "updatedAt")`, sources);
  await copy(
    client,
    `"Subject" (id, name, "nameKey", "updatedAt")`,
    range(SUBJECTS, (i) => [`subj${i}`, `Subject ${i}`, `subject ${i}`, NOW]),
  );
  await copy(
    client,
    `"Origin" (id, name, "nameKey")`,
    range(ORIGINS, (i) => [`orig${i}`, `Origin ${i}`, `origin ${i}`]),
  );
  await copy(
    client,
    `"Question" (id, "subjectId", measure, kind, key, "sortLabel", "updatedAt", "verdictStatus", "verdictSummary")`,
    range(QUESTIONS, (i) => [
      `q${pad(i)}`,
      `subj${i % SUBJECTS}`,
      `Measure ${i}`,
      "count",
      `key${i}`,
      `subject ${i % SUBJECTS} — measure ${i}`,
      NOW,
      "diverge",
      "Sources diverge: 26 against hundreds.",
    ]),
  );
  const claimRow = (i: number): Cell[] => {
    const c = seedOf(seed, i);
    return [
      `c${pad(i)}`,
      `q${pad(i % QUESTIONS)}`,
      sourceOf(c, i),
      c.stated,
      JSON.stringify(c.value),
      i % 3 ? `orig${i % ORIGINS}` : null,
      c.method,
      "published",
      NOW,
    ];
  };
  await copy(
    client,
    `"Claim" (id, "questionId", "sourceId", stated, value, "originId", method, status, "updatedAt")`,
    range(claims, claimRow),
  );
  const passageRow = (i: number): Cell[] => {
    const { passage: p, ...c } = seedOf(seed, i);
    return [
      `p${pad(i)}`,
      `c${pad(i)}`,
      sourceOf({ ...c, passage: p }, i),
      p.start,
      p.end,
      p.exact,
      p.prefix,
      p.suffix,
    ];
  };
  await copy(
    client,
    `"Passage" (id, "claimId", "sourceId", start, "end", exact, prefix, suffix)`,
    range(claims, passageRow),
  );
  await client.query("ANALYZE");
}

function seedOf(seed: CitedClaim[], i: number): CitedClaim {
  return seed[i % seed.length]!;
}

function sourceOf(claim: CitedClaim, i: number): string {
  return sourceId(claim.source.title, Math.floor(i / 7) % SOURCE_COPIES);
}

function sourceId(title: string, copy: number): string {
  return `s${sha(title).slice(0, 8)}${copy}`;
}

async function copy(client: ClientBase, target: string, rows: Iterable<Cell[]>): Promise<void> {
  const lines = (function* () {
    for (const row of rows) yield `${row.map(csvCell).join(",")}\n`;
  })();
  await pipeline(
    Readable.from(lines),
    client.query(copyFrom(`COPY ${target} FROM STDIN (FORMAT csv)`)),
  );
}

function* range(count: number, row: (i: number) => Cell[]): Generator<Cell[]> {
  for (let i = 0; i < count; i++) yield row(i);
}

// Quoted, so an empty string stays a string; NULL is the unquoted empty field.
function csvCell(value: Cell): string {
  return value === null ? "" : `"${String(value).replace(/"/g, '""')}"`;
}

function pad(i: number): string {
  return String(i).padStart(7, "0");
}

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
