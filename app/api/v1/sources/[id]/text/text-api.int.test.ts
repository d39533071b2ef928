import { afterAll, describe, expect, test } from "vitest";
import { removeTestSources } from "@/lib/testing/remove-sources";
import { db } from "@/lib/db/client";
import { listPassagesToReview, reviewPassage } from "@/lib/sources/passage-review-data";
import { callRoute } from "@/lib/testing/api-client";
import * as claims from "../../../claims/route";
import * as collection from "../../route";
import * as versionOne from "../versions/[n]/route";
import * as versions from "../versions/route";
import * as text from "./route";

const created: string[] = [];
afterAll(async () => {
  await removeTestSources(created);
});

const PARAGRAPHS = [
  "MOSCOW, March 1. The Prosecutor General's Office said 26 citizens of Armenian nationality were killed in Sumgait.",
  "According to witnesses, about 200 apartments were looted over three days.",
  "The city committee reported that 12 people were taken to the hospital in Baku.",
  "Officials said 32 people died in all, including six Azerbaijanis.",
];

async function sourceWithClaims(label: string) {
  // 𝔸 takes two UTF-16 units: lengths and offsets count both.
  const body = `${label} 𝔸 ${crypto.randomUUID()}\n\n${PARAGRAPHS.join("\n\n")}`;
  const source = await callRoute(collection.POST, "POST", "/api/v1/sources", {
    json: { title: label, text: body, published: "1988-03-01" },
  });
  expect(source.status).toBe(201);
  created.push(source.body.id);
  const quotes = [
    { exact: "26 citizens of Armenian nationality were killed", stated: "26 citizens" },
    { exact: "about 200 apartments were looted", stated: "about 200 apartments" },
    { exact: "12 people were taken to the hospital in Baku", stated: "12 people" },
    { exact: "32 people died in all", stated: "32 people" },
  ];
  const ids: string[] = [];
  for (const [i, quote] of quotes.entries()) {
    const claim = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      json: {
        sourceId: source.body.id,
        question: { subject: `Text versions ${label}`, measure: `measure ${i}`, kind: "count" },
        quote: { exact: quote.exact },
        stated: quote.stated,
      },
    });
    expect(claim.status).toBe(201);
    ids.push(claim.body.id);
  }
  return {
    id: source.body.id as string,
    text: body,
    version: source.body.version as number,
    claims: ids,
  };
}

describe("PUT /api/v1/sources/:id/text", () => {
  test("a correction re-anchors every passage: unchanged, moved, changed with a diff, orphaned", async () => {
    const source = await sourceWithClaims("correction");
    const corrected = source.text
      // A paragraph added before the others moves them.
      .replace("MOSCOW, March 1.", "MOSCOW, March 1. (Updated.)")
      // A typo inside the quote fixed: re-anchored with changes.
      .replace(
        "12 people were taken to the hospital in Baku",
        "12 people were taken to a hospital in Baku",
      )
      // A figure changed: the passage cannot stay on it.
      .replace("32 people died in all", "34 people died in all");
    const response = await callRoute(text.PUT, "PUT", `/api/v1/sources/${source.id}/text`, {
      params: { id: source.id },
      json: { text: corrected },
      headers: { "if-match": `"${source.version}"` },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ textVersion: 2, text: corrected });
    expect(response.body.anchors).toEqual({ unchanged: 0, moved: 2, reanchored: 1, orphaned: 1 });

    const passages = await db.passage.findMany({
      where: { sourceId: source.id },
      select: {
        claimId: true,
        anchorStatus: true,
        exact: true,
        previousExact: true,
        textVersion: true,
        start: true,
        end: true,
      },
    });
    const byClaim = new Map(passages.map((passage) => [passage.claimId, passage]));
    const [killed, looted, hospital, died] = source.claims.map((id) => byClaim.get(id)!);
    expect(killed).toMatchObject({ anchorStatus: "moved", textVersion: 2 });
    expect(corrected.slice(killed!.start, killed!.end)).toBe(killed!.exact);
    expect(looted).toMatchObject({ anchorStatus: "moved", textVersion: 2 });
    expect(hospital).toMatchObject({
      anchorStatus: "reanchored",
      exact: "12 people were taken to a hospital in Baku",
      previousExact: "12 people were taken to the hospital in Baku",
      textVersion: 2,
    });
    // The orphan keeps its words in the version they were recorded in.
    expect(died).toMatchObject({
      anchorStatus: "orphaned",
      exact: "32 people died in all",
      textVersion: 1,
    });
    // Claims keep their stated words.
    const stated = await db.claim.findMany({
      where: { id: { in: source.claims } },
      select: { stated: true },
    });
    expect(stated.map((claim) => claim.stated).sort()).toEqual(
      ["12 people", "26 citizens", "32 people", "about 200 apartments"].sort(),
    );
    // Recorded in the history.
    const revision = await db.revision.findFirstOrThrow({
      where: { recordId: source.id, version: source.version + 1 },
    });
    expect(revision.changed).toEqual(expect.arrayContaining(["textHash", "textVersion"]));

    // Old versions stay readable.
    const list = await callRoute(versions.GET, "GET", `/api/v1/sources/${source.id}/versions`, {
      params: { id: source.id },
    });
    expect(
      list.body.items.map((item: { number: number; reason: string }) => [item.number, item.reason]),
    ).toEqual([
      [2, "corrected"],
      [1, "created"],
    ]);
    const first = await callRoute(
      versionOne.GET,
      "GET",
      `/api/v1/sources/${source.id}/versions/1`,
      {
        params: { id: source.id, n: "1" },
      },
    );
    expect(first.body.text).toBe(source.text);
    // Lengths in UTF-16 units, as passages count, measured by the database.
    expect(list.body.items.map((item: { length: number }) => item.length)).toEqual([
      corrected.length,
      source.text.length,
    ]);

    // The orphan and the changed passage wait for an editor; placing the orphan again.
    const review = await listPassagesToReview(source.id);
    expect(review.map((item) => item.status)).toEqual(["orphaned", "reanchored"]);
    const at = corrected.indexOf("34 people died");
    const wrong = await reviewPassage(source.id, review[0]!.id, {
      place: { start: at, end: at + 15 },
    });
    expect(wrong).toMatchObject({ ok: false, code: "stated_not_in_quote" });
    const placedAgain = await reviewPassage(source.id, review[1]!.id, { confirm: true });
    expect(placedAgain.ok).toBe(true);
    expect((await listPassagesToReview(source.id)).map((item) => item.status)).toEqual([
      "orphaned",
    ]);
  });

  test("a stale version is refused with 409; the same text is 422; nothing changes", async () => {
    const source = await sourceWithClaims("stale");
    const stale = await callRoute(text.PUT, "PUT", `/api/v1/sources/${source.id}/text`, {
      params: { id: source.id },
      json: { text: `${source.text} More.`, version: source.version + 5 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    const same = await callRoute(text.PUT, "PUT", `/api/v1/sources/${source.id}/text`, {
      params: { id: source.id },
      json: { text: source.text, version: source.version },
    });
    expect(same.status).toBe(422);
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({ text: source.text, textVersion: 1, version: source.version });
  });

  test("a new source gets text version 1 in the same transaction", async () => {
    const source = await sourceWithClaims("first version");
    const rows = await db.sourceTextVersion.findMany({ where: { sourceId: source.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ number: 1, text: source.text, reason: "created" });
  });
});
