// The synthetic corpus of `npm run bench:scale`: subjects, questions, origins, sources, claims
// and passages, written with COPY. Deterministic for a given size, so runs compare.
import { createHash } from "node:crypto";
import type pg from "pg";
import { nameKey } from "@/lib/naming/name-key";
import { sortLabelOf } from "@/lib/questions/question-snapshot";
import { disableTallyTriggers, enableTallyTriggers } from "@/lib/db/tally-triggers";
import { copyRows, type Cell } from "./copy-rows";

const MEASURES = ["killed", "injured", "displaced", "arrested", "missing"];
const SCOPES = ["", "first day"];
const FILLER =
  "The archive keeps this report as it was published. Names of places and people follow the " +
  "spelling of the original, and figures are quoted as the report gives them. ";

export interface CorpusSize {
  claims: number;
  sources: number;
  questions: number;
  subjects: number;
  origins: number;
}

/**
 * 10 claims per source, 5 per question, 10 questions per subject, as the corpus. A small
 * corpus still has a page of subjects (100), so that the subjects list shows as many rows at
 * 1,000 claims as at 100,000 and its growth compares the same page: its first subject keeps
 * ten questions (the subject page's), the others share the rest.
 */
export function corpusSize(claims: number): CorpusSize {
  const questions = Math.max(10, Math.round(claims / 5));
  return {
    claims,
    sources: Math.max(2, Math.round(claims / 10)),
    questions,
    subjects: Math.min(Math.max(SUBJECT_PAGE, Math.round(questions / 10)), questions - 9),
    origins: Math.max(2, Math.round(claims / 20)),
  };
}

export interface Corpus {
  size: CorpusSize;
  /** A question with exactly 13 claims (the comparison benchmark's). */
  comparedQuestionId: string;
  subjectId: string;
  sourceId: string;
}

// The subjects list's page size (MAX_SUBJECT_PAGE in lib/subjects/subject-schema.ts).
const SUBJECT_PAGE = 100;

const id = (prefix: string, n: number) => `bench${prefix}${n.toString(36).padStart(7, "0")}`;

/** Fills an empty, migrated database with the corpus of `claims` claims. */
export async function writeCorpus(client: pg.Client, claims: number): Promise<Corpus> {
  const size = corpusSize(claims);
  const random = mulberry32(claims);
  const now = new Date().toISOString();
  const subjectName = (s: number) => `Event ${s}`;

  await copyRows(
    client,
    "Subject",
    ["id", "name", "nameKey", "updatedAt"],
    range(size.subjects, (s) => [id("s", s), subjectName(s), nameKey(subjectName(s)), now]),
  );
  const spread = size.questions < 10 * size.subjects;
  const questionOf = (q: number) => {
    const measure = MEASURES[q % MEASURES.length]!;
    const scope = SCOPES[Math.floor(q / MEASURES.length) % SCOPES.length]!;
    // Ten questions a subject in turn; in a small corpus, the first ten to the first subject and
    // the rest spread over the others.
    const s = !spread
      ? Math.floor(q / 10) % size.subjects
      : q < 10
        ? 0
        : 1 + ((q - 10) % (size.subjects - 1));
    // Which time round the subjects this is, so that a question is unique in its subject.
    const round = !spread
      ? Math.floor(q / (10 * size.subjects))
      : q < 10
        ? 0
        : 1 + Math.floor((q - 10) / (size.subjects - 1));
    const scoped = round ? `${scope} ${round}`.trim() : scope;
    return { s, measure, scope: scoped };
  };
  // A bulk load counts its questions and sources once at the end: a tally trigger adds to one
  // row per inserted row, and 200,000 of those in one COPY would each walk the row's versions.
  await withoutTallyTriggers(client, () =>
    copyRows(
      client,
      "Question",
      ["id", "subjectId", "measure", "kind", "scope", "key", "sortLabel", "updatedAt"],
      range(size.questions, (q) => {
        const { s, measure, scope } = questionOf(q);
        const key = [id("s", s), nameKey(measure), nameKey(scope)].join("|");
        return [
          id("q", q),
          id("s", s),
          measure,
          "count",
          scope,
          key,
          sortLabelOf(subjectName(s), measure, scope),
          now,
        ];
      }),
    ),
  );
  await copyRows(
    client,
    "Origin",
    ["id", "name", "nameKey"],
    range(size.origins, (o) => [id("o", o), `Origin ${o}`, nameKey(`Origin ${o}`)]),
  );

  // Claim c answers question 0 for c < 13, then the others in turn; its source is random.
  const questionOfClaim = (c: number) =>
    c < 13 ? 0 : 1 + ((c - 13) % Math.max(1, size.questions - 1));
  const claimSource = Array.from({ length: claims }, () => Math.floor(random() * size.sources));
  const figure = (c: number) => {
    const q = questionOfClaim(c);
    const base = 10 + ((q * 37) % 990);
    // A third of the questions diverge (figures up to 8× apart); the rest agree exactly.
    return q % 3 === 0 ? Math.round(base * (1 + Math.floor(random() * 8))) : base;
  };
  const figures = Array.from({ length: claims }, (_, c) => figure(c));
  const bySource = new Map<number, number[]>();
  claimSource.forEach((source, c) => bySource.set(source, [...(bySource.get(source) ?? []), c]));

  const texts: string[] = [];
  const passages: Cell[][] = [];
  for (let s = 0; s < size.sources; s++) {
    let text = `Report ${s}. ${FILLER}`;
    for (const c of bySource.get(s) ?? []) {
      const { measure } = questionOf(questionOfClaim(c));
      const before = `In this account officials `;
      const exact = `counted ${figures[c]} ${measure}`;
      const start = text.length + before.length;
      text += `${before}${exact} in all. ${FILLER}`;
      passages.push([
        id("p", c),
        id("c", c),
        id("r", s),
        start,
        start + exact.length,
        exact,
        text.slice(Math.max(0, start - 32), start),
        text.slice(start + exact.length, start + exact.length + 32),
      ]);
    }
    texts.push(text);
  }
  await withoutTallyTriggers(client, () =>
    copyRows(
      client,
      "Source",
      [
        "id",
        "title",
        "publisher",
        "publishedOn",
        "kind",
        "language",
        "text",
        "textHash",
        "updatedAt",
      ],
      range(size.sources, (s) => [
        id("r", s),
        `Report ${s} on the events`,
        `Publisher ${s % 97}`,
        s % 5 === 0 ? null : new Date(Date.UTC(1988, 0, 1 + (s % 9000))).toISOString().slice(0, 10),
        "news_article",
        "en",
        texts[s]!,
        createHash("sha256").update(texts[s]!).digest("hex"),
        now,
      ]),
    ),
  );
  await copyRows(
    client,
    "Claim",
    ["id", "questionId", "sourceId", "stated", "value", "originId", "updatedAt"],
    range(claims, (c) => {
      const n = figures[c]!;
      const value = {
        type: "quantity",
        low: { value: n, inclusive: true },
        high: { value: n, inclusive: true },
        best: n,
        kind: "exact",
        wording: String(n),
        counted: null,
        rule: "digits",
      };
      const origin = c % 4 === 0 ? null : id("o", Math.floor(random() * size.origins));
      return [
        id("c", c),
        id("q", questionOfClaim(c)),
        id("r", claimSource[c]!),
        `${n}`,
        JSON.stringify(value),
        origin,
        now,
      ];
    }),
  );
  await copyRows(
    client,
    "Passage",
    ["id", "claimId", "sourceId", "start", "end", "exact", "prefix", "suffix"],
    passages,
  );
  // What autovacuum does to a table soon after a bulk load: statistics, and the visibility map
  // that lets counts read an index alone. Without it the first minutes after COPY are measured.
  await client.query("VACUUM ANALYZE");
  return {
    size,
    comparedQuestionId: id("q", 0),
    subjectId: id("s", 0),
    sourceId: id("r", claimSource[0]!),
  };
}

/**
 * Runs a bulk write with the tally triggers off, then counts the totals again (lib/db/
 * tally-triggers.ts): what an operator's bulk load should do too.
 */
export async function withoutTallyTriggers<T>(
  client: pg.Client | pg.Pool,
  write: () => Promise<T>,
): Promise<T> {
  await disableTallyTriggers(client);
  try {
    return await write();
  } finally {
    await enableTallyTriggers(client);
  }
}

function* range<T>(count: number, make: (i: number) => T): Iterable<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
