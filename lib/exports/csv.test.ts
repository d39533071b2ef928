import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import { CLAIM_CSV_COLUMNS } from "./claim-csv";
import { csvField, csvRecord } from "./csv-field";
import { collect } from "./stream-chunks";
import { formatClaimsCsv, writeClaimsCsv } from "./write-csv";

const claims = seededClaims();

// csv-parse in its strict defaults (RFC 4180 quoting, consistent record lengths) reads back what
// was written.
const read = (text: string, bom = false) =>
  parse(text, { bom, relax_column_count: false, record_delimiter: "\r\n" }) as string[][];

describe("claims CSV, read back by csv-parse", () => {
  it("has a header and one record per claim, every column filled as the claim says", () => {
    const [header, ...records] = read(formatClaimsCsv(claims));
    expect(header).toEqual(CLAIM_CSV_COLUMNS.map((column) => column.header));
    expect(records).toHaveLength(claims.length);
    const row = Object.fromEntries(header!.map((name, i) => [name, records[0]![i]]));
    expect(row).toMatchObject({
      claim_id: "claim1",
      subject: "Sumgait pogrom",
      question: "Armenians killed (whole event)",
      stated: "26 citizens of Armenian nationality",
      low: "26",
      high: "26",
      low_bound: "inclusive",
      high_bound: "inclusive",
      value_kind: "exact",
      origin: "USSR Prosecutor General's Office",
      method: "official_count",
      source_title: claims[0]!.source.title,
      source_publisher: "ArmInfo",
      source_published: "2020-02",
      source_accessed: "2025-03-01",
      source_url: "",
      quote: claims[0]!.passage.exact,
      locator: "para. 1",
      permalink: claims[0]!.permalink,
      cluster: "1",
    });
  });

  it("writes open and exclusive bounds and date values", () => {
    const records = read(formatClaimsCsv(claims)).slice(1);
    const byStated = (stated: string) => records.find((r) => r[5] === stated)!;
    const moreThan = byStated("more than 100 Armenians");
    expect(moreThan.slice(6, 11)).toEqual(["100", "", "exclusive", "open", "lower-bound"]);
    const dates = byStated("February 27-29, 1988");
    expect(dates.slice(6, 11)).toEqual([
      "1988-02-27",
      "1988-02-29",
      "inclusive",
      "inclusive",
      "date-day",
    ]);
  });

  it("ends records in CRLF, starts with a BOM when asked, and streams the same text", async () => {
    const text = formatClaimsCsv(claims);
    expect(text.split("\r\n")).toHaveLength(claims.length + 2);
    expect(text.startsWith("\uFEFF")).toBe(false);
    const withBom = formatClaimsCsv(claims, { bom: true });
    expect(withBom.startsWith("\uFEFFclaim_id,")).toBe(true);
    expect(read(withBom, true)).toEqual(read(text));
    async function* rows() {
      yield* claims;
    }
    expect(await collect(writeClaimsCsv(rows(), { bom: true }))).toBe(withBom);
  });
});

describe("csvField", () => {
  it.each([
    { value: "plain", field: "plain" },
    { value: 'say "26"', field: '"say ""26"""' },
    { value: "a, b", field: '"a, b"' },
    { value: "two\nlines", field: '"two\nlines"' },
    { value: " padded", field: '" padded"' },
    { value: null, field: "" },
    { value: -26, field: "-26" },
    { value: 1.5, field: "1.5" },
  ])("writes $value as $field", ({ value, field }) => {
    expect(csvField(value)).toBe(field);
  });

  it.each([
    {
      value: '=HYPERLINK("http://evil.example","click")',
      field: '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    },
    { value: "+1+cmd|' /C calc'!A0", field: "'+1+cmd|' /C calc'!A0" },
    { value: "@SUM(A1:A2)", field: "'@SUM(A1:A2)" },
    { value: "-2+3", field: "'-2+3" },
    { value: "\t=1", field: "'\t=1" },
    { value: "＝1+1", field: "'＝1+1" },
  ])("defuses the formula $value", ({ value, field }) => {
    expect(csvField(value)).toBe(field);
    expect(csvField(value, false)).not.toMatch(/^"?'/);
  });

  it.each(["-26", "+5", "-1.5e3", "-0.25"])("leaves the number %s as it is", (value) => {
    expect(csvField(value)).toBe(value);
  });

  it("round-trips any text through csv-parse (formulas marked, nothing else changed)", () => {
    const formula = (v: string) =>
      /^[=+\-@\t\r＝＋－＠]/.test(v) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(v);
    const texts = fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(texts, (values) => {
        expect(read(csvRecord(values))[0]).toEqual(values.map((v) => (formula(v) ? `'${v}` : v)));
        expect(read(csvRecord(values, false))[0]).toEqual(values);
      }),
    );
  });
});
