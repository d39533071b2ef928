import { readFileSync } from "node:fs";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Ajv } from "ajv";
import * as astrocite from "astrocite-ris";
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import MarkdownIt from "markdown-it";
import { parseFragment } from "parse5";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { db } from "@/lib/db/client";
import { fixtureDocumentLoader } from "@/lib/exports/testing/jsonld-loader";
import { callRoute, uniqueText } from "@/lib/testing/api-client";
import { tokenFor } from "@/lib/testing/test-accounts";
import { purgeTestRows } from "@/lib/testing/fixtures";
import { SAMPLE_CLAIMS } from "@/seed/sample-claims";
import { SAMPLE_SOURCES } from "@/seed/sample-sources";
import { seedSampleCorpus } from "@/seed/seed-database";
import * as styles from "../styles/route";
import * as styleItem from "../styles/[name]/route";
import * as sourceItem from "../sources/[id]/route";
import * as sourceCollection from "../sources/route";
import * as route from "./route";

// citeproc-js builds a style's engine on first use: seconds on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const subjects = [...new Set(SAMPLE_CLAIMS.map((claim) => claim.question.subject))];
const ORIGIN = "http://crosscheck.test";
const ARMINFO_TITLE =
  "[No headline] ArmInfo on the Artsakh Ombudsman’s speech for the 32nd anniversary of the Sumgait pogroms";

let ids: {
  claim: string;
  question: string;
  subject: string;
  source: string;
  claimsOnQuestion: number;
};

beforeAll(async () => {
  await seedSampleCorpus();
  const claim = await db.claim.findFirstOrThrow({
    where: { stated: "26 citizens of Armenian nationality", deletedAt: null },
    select: {
      id: true,
      questionId: true,
      sourceId: true,
      question: { select: { subjectId: true } },
    },
  });
  ids = {
    claim: claim.id,
    question: claim.questionId,
    subject: claim.question.subjectId,
    source: claim.sourceId,
    claimsOnQuestion: await db.claim.count({
      where: { questionId: claim.questionId, deletedAt: null },
    }),
  };
});

afterAll(async () => {
  const sources = await db.source.findMany({
    where: { title: { in: SAMPLE_SOURCES.map((s) => s.title) } },
    select: { id: true },
  });
  await purgeTestRows({ sourceIds: sources.map((s) => s.id), subjectNames: subjects });
  await db.origin.deleteMany({ where: { claims: { none: {} } } });
  await db.citationStyle.deleteMany({ where: { name: { startsWith: "test-" } } });
});

/** GET /api/v1/export with a query, as a reader (no token) unless told; the body as text. */
async function exportOf(query: string, headers: Record<string, string> = {}) {
  const response = await route.GET(
    new Request(`${ORIGIN}/api/v1/export?${query}`, {
      headers: { host: "crosscheck.test", ...headers },
    }),
    { params: Promise.resolve({}) },
  );
  // Decoded keeping a byte order mark, which response.text() would drop.
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { status: response.status, headers: response.headers, text };
}

describe("every format of the seeded Sumgait question, read by an independent parser", () => {
  test("CSL-JSON is valid against the CSL 1.0.2 data schema and carries quote and paragraph", async () => {
    const schema = JSON.parse(
      readFileSync(
        new URL("../../../../lib/citations/fixtures/csl-data.json", import.meta.url),
        "utf8",
      ),
    );
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const { status, headers, text } = await exportOf(`question=${ids.question}&format=csl-json`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/vnd.citationstyles.csl+json");
    expect(headers.get("content-disposition")).toBe(
      `attachment; filename="crosscheck-question-${ids.question}.json"`,
    );
    const items = JSON.parse(text);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(ids.claimsOnQuestion);
    const item = items.find((entry: { id: string }) => entry.id === ids.claim);
    expect(item).toMatchObject({
      type: "article-newspaper",
      title: ARMINFO_TITLE.replace("’", "'"),
      "container-title": "ArmInfo",
      issued: { "date-parts": [[2020, 2]] },
      custom: {
        locator: { label: "paragraph", locator: "1" },
        permalink: expect.stringMatching(new RegExp(`^${ORIGIN}/sources/${ids.source}#passage-`)),
      },
    });
    expect(item.note).toMatch(/^“According to official data .* riots” \(para\. 1\)$/);
    // accessed defaults to the day the source was added.
    expect(item.accessed["date-parts"][0]).toHaveLength(3);
  });

  test("BibTeX parses, one entry per claim with the quote in its note", async () => {
    const { status, headers, text } = await exportOf(`question=${ids.question}`, {
      accept: "application/x-bibtex",
    });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/x-bibtex");
    const library = parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(ids.claimsOnQuestion);
    const notes = library.entries.map((entry) => String(entry.fields.note ?? ""));
    expect(notes.some((note) => note.includes("26 citizens of Armenian nationality"))).toBe(true);
  });

  test("RIS parses, one record per claim", async () => {
    const { text, headers } = await exportOf(`question=${ids.question}&format=ris`);
    expect(headers.get("content-type")).toContain("application/x-research-info-systems");
    const records = astrocite.parse(text);
    expect(records).toHaveLength(ids.claimsOnQuestion);
    expect(records.map((record) => record.type)).toContain("article-newspaper");
  });

  test("CSV (Accept: text/csv) parses by RFC 4180 rules; bom=1 starts with a byte order mark", async () => {
    const plain = await exportOf(`subject=${ids.subject}`, { accept: "text/csv" });
    expect(plain.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(plain.text.startsWith("\uFEFF")).toBe(false);
    const rows: Record<string, string>[] = parseCsv(plain.text, { columns: true });
    const subjectClaims = await db.claim.count({
      where: { question: { subjectId: ids.subject }, deletedAt: null },
    });
    expect(rows).toHaveLength(subjectClaims);
    const row = rows.find((r) => r.claim_id === ids.claim);
    expect(row).toMatchObject({
      subject: "Sumgait pogrom",
      stated: "26 citizens of Armenian nationality",
      low: "26",
      high: "26",
      source_publisher: "ArmInfo",
      source_published: "2020-02",
      locator: "para. 1",
      verdict_status: expect.stringMatching(/diverge|agree|single/),
    });
    expect(row?.source_accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const withBom = await exportOf(`subject=${ids.subject}&format=csv&bom=1`);
    expect(withBom.text.startsWith("\uFEFFclaim_id,")).toBe(true);
    expect(parseCsv(withBom.text, { columns: true, bom: true })).toEqual(rows);
  });

  test("Markdown and HTML divergence tables: the verdict sentence above one row per claim", async () => {
    const verdict = (
      await db.question.findUniqueOrThrow({
        where: { id: ids.question },
        select: { verdictSummary: true },
      })
    ).verdictSummary;
    const markdown = await exportOf(`question=${ids.question}&format=markdown`);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const tokens = new MarkdownIt().parse(markdown.text, {});
    const bodyRows = tokens.filter((t) => t.type === "tr_open").length - 1;
    expect(bodyRows).toBe(ids.claimsOnQuestion);
    expect(markdown.text).toContain(verdict.slice(0, 30));
    const html = await exportOf(`question=${ids.question}`, { accept: "text/html" });
    const fragment = parseFragment(html.text);
    const text = JSON.stringify(fragment, (key, value) =>
      key === "parentNode" ? undefined : value,
    );
    expect((text.match(/"nodeName":"tr"/g) ?? []).length).toBe(ids.claimsOnQuestion + 1);
  });

  test("Web Annotations expand with jsonld.js to TextQuote and TextPosition selectors", async () => {
    const { text, headers } = await exportOf(`claim=${ids.claim}&format=web-annotation`);
    expect(headers.get("content-type")).toContain("application/ld+json");
    const expanded = (await jsonld.expand(JSON.parse(text), {
      documentLoader: fixtureDocumentLoader,
      safe: true,
    } as jsonld.Options.Expand)) as Record<string, unknown>[];
    const serialised = JSON.stringify(expanded);
    expect(serialised).toContain("http://www.w3.org/ns/oa#TextQuoteSelector");
    expect(serialised).toContain("http://www.w3.org/ns/oa#TextPositionSelector");
    expect(serialised).toContain("26 citizens of Armenian nationality were killed");
  });
});

describe("formatted references of the seeded ArmInfo claim", () => {
  test("APA 7, as checked by hand", async () => {
    // APA 7: no author, so the title takes the author's place (§9.12), in quotation marks and
    // title case in the citation (§8.14); the date as precise as known; the newspaper after the
    // title; no URL known; "para. 1" for a text without pages (§8.13).
    const { status, text } = await exportOf(`claim=${ids.claim}&format=reference&style=apa`);
    expect(status).toBe(200);
    expect(text).toBe(
      "“According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots” " +
        "(“[No Headline] ArmInfo on the Artsakh Ombudsman’s Speech for the 32nd Anniversary of the Sumgait Pogroms,” 2020, para. 1)\n" +
        `${ARMINFO_TITLE}. (2020, February). ArmInfo.\n`,
    );
  });

  test("Harvard (Cite Them Right), as checked by hand", async () => {
    // Cite Them Right, newspaper: the paper as author when none is named, (Year) without a full
    // stop, the title in single quotation marks, the date as known; British quotation marks.
    const { text } = await exportOf(`claim=${ids.claim}&format=reference&style=harvard1`);
    expect(text).toBe(
      "‘According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots’ (ArmInfo, 2020, para. 1)\n" +
        `ArmInfo (2020) ‘${ARMINFO_TITLE}’, February.\n`,
    );
  });
});

describe("uploaded CSL styles", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../../lib/citations/fixtures/${name}`, import.meta.url), "utf8");

  async function upload(body: unknown, role: "editor" | "reader" = "editor") {
    const response = await styles.POST(
      new Request(`${ORIGIN}/api/v1/styles`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await tokenFor(role)}`,
        },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
    return { status: response.status, body: await response.json() };
  }

  test("a valid style is stored, listed and used for references", async () => {
    const added = await upload({ name: "test-chicago", xml: fixture("chicago-author-date.csl") });
    expect(added).toMatchObject({ status: 201, body: { name: "test-chicago", uploaded: true } });
    const list = await styles.GET(new Request(`${ORIGIN}/api/v1/styles`), {
      params: Promise.resolve({}),
    });
    const names = (await list.json()).items.map((style: { name: string }) => style.name);
    expect(names).toEqual(expect.arrayContaining(["apa", "harvard1", "vancouver", "test-chicago"]));
    const { status, text } = await exportOf(
      `claim=${ids.claim}&format=reference&style=test-chicago`,
    );
    expect(status).toBe(200);
    // Chicago author-date: (Author Year, locator); the newspaper stands in for the author.
    expect(text).toContain("(ArmInfo 2020, para. 1)");
    expect(
      (await upload({ name: "test-chicago", xml: fixture("chicago-author-date.csl") })).status,
    ).toBe(409);
  });

  test.each([
    ["not XML", "<style", "not well-formed XML"],
    ["a dependent style", fixture("dependent-3d-printing-in-medicine.csl"), "dependent style"],
    [
      "no bibliography",
      fixture("chicago-author-date.csl").replace(/<bibliography[\s\S]*<\/bibliography>/, ""),
      "no <bibliography>",
    ],
  ])("%s is refused with the reason and not stored", async (_label, xml, reason) => {
    const refused = await upload({ name: "test-broken", xml });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: "invalid_style" });
    expect(refused.body.error.message).toContain(reason);
    expect(await db.citationStyle.count({ where: { name: "test-broken" } })).toBe(0);
  });

  test("a reader may not upload; an admin may remove", async () => {
    expect(
      (await upload({ name: "test-x", xml: fixture("chicago-author-date.csl") }, "reader")).status,
    ).toBe(403);
    await upload({ name: "test-gone", xml: fixture("chicago-author-date.csl") });
    const removed = await styleItem.DELETE(
      new Request(`${ORIGIN}/api/v1/styles/test-gone`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${await tokenFor("admin")}` },
      }),
      { params: Promise.resolve({ name: "test-gone" }) },
    );
    expect(removed.status).toBe(204);
  });
});

describe("bad input gets the documented JSON error", () => {
  test.each([
    ["question=QID&format=pdf", 400, "unknown_format"],
    ["format=csv", 400, "empty_selection"],
    ["question=nope0000000000000000000000", 404, "not_found"],
    ["claim=CID&format=reference&style=no-such-style", 404, "unknown_style"],
    ["claim=CID&format=reference&locale=xx-XX", 400, "unknown_locale"],
  ])("%s → %i %s", async (query, status, code) => {
    const result = await exportOf(query.replace("QID", ids.question).replace("CID", ids.claim));
    expect(result.status).toBe(status);
    expect(JSON.parse(result.text).error.code).toBe(code);
  });

  test("a source's export holds its claims only", async () => {
    const { text } = await exportOf(`source=${ids.source}&format=csv`);
    const rows: Record<string, string>[] = parseCsv(text, { columns: true });
    expect(rows.length).toBe(
      await db.claim.count({ where: { sourceId: ids.source, deletedAt: null } }),
    );
    expect(new Set(rows.map((row) => row.source_id))).toEqual(new Set([ids.source]));
  });
});

describe("a source's accessed date and archived copy", () => {
  const made: string[] = [];
  const subject = `Archived subject ${crypto.randomUUID().slice(0, 8)}`;
  afterAll(() => purgeTestRows({ sourceIds: made, subjectNames: [subject] }));

  test("default to the day it was added; set, they come back and go into every export", async () => {
    const created = await callRoute(sourceCollection.POST, "POST", "/api/v1/sources", {
      json: {
        title: "Archived",
        text: `Officials counted 26 dead. ${uniqueText("archived")}`,
        url: "https://news.example/a",
      },
    });
    expect(created.status).toBe(201);
    made.push(created.body.id);
    expect(created.body).toMatchObject({
      accessed: new Date().toISOString().slice(0, 10),
      archiveUrl: null,
    });
    const archiveUrl = "https://web.archive.org/web/20200301000000/https://news.example/a";
    const changed = await callRoute(sourceItem.PATCH, "PATCH", "", {
      params: { id: created.body.id },
      json: { accessed: "2024-05-01", archiveUrl },
      headers: { "if-match": "*" },
    });
    expect(changed.body).toMatchObject({ accessed: "2024-05-01", archiveUrl });
    const refused = await callRoute(sourceItem.PATCH, "PATCH", "", {
      params: { id: created.body.id },
      json: { accessed: "2024-02-30" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.accessed).toBeDefined();

    const claim = await recordClaim(
      ClaimInputSchema.parse({
        sourceId: created.body.id,
        question: { subject, measure: "killed", kind: "count" },
        quote: { exact: "counted 26 dead" },
      }),
    );
    if (!claim.ok) throw new Error(claim.failure.message);
    const [item] = JSON.parse((await exportOf(`claim=${claim.value.id}`)).text);
    expect(item).toMatchObject({
      accessed: { "date-parts": [[2024, 5, 1]] },
      URL: "https://news.example/a",
      archive: "Internet Archive",
      archive_location: archiveUrl,
    });
    const [row] = parseCsv((await exportOf(`claim=${claim.value.id}&format=csv`)).text, {
      columns: true,
    }) as Record<string, string>[];
    expect(row).toMatchObject({ source_accessed: "2024-05-01", source_archive_url: archiveUrl });
  });
});
