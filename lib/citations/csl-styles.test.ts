import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { cslStyleRegistry } from "./cite-engine";
import { customStyleKey, registerCslStyle, styleTemplate } from "./csl-styles";
import { formatClaimReference } from "./format-reference";
import { sumgaitClaim } from "./testing/seeded-claims";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
// Each upload is a trial rendering; the first loads citeproc-js: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const chicago = fixture("chicago-author-date.csl");
const mla = fixture("modern-language-association.csl");

const NS = 'xmlns="http://purl.org/net/xbiblio/csl"';
const INFO = "<info><title>Test</title><id>test</id></info>";
const LAYOUT = '<layout><text variable="title"/></layout>';
const style = (body: string, attributes = `${NS} class="in-text" version="1.0"`) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<style ${attributes}>${body}</style>`;

describe("uploading a CSL style", () => {
  it.each([
    {
      name: "Chicago author-date",
      xml: chicago,
      title: /^Chicago Manual of Style/,
      cited: "(ArmInfo 2020, para. 1)",
    },
    { name: "MLA", xml: mla, title: /^MLA Handbook/, cited: /^\(“\[No Headline\].*,” par\. 1\)$/ },
  ])("accepts $name and renders with it", ({ xml, title, cited }) => {
    const result = registerCslStyle(xml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.info.title).toMatch(title);
    expect(result.info.class).toBe("in-text");
    expect(result.key).toBe(customStyleKey(xml));
    const citation = formatClaimReference(sumgaitClaim(), { style: { xml } }).citation;
    if (typeof cited === "string") expect(citation).toBe(cited);
    else expect(citation).toMatch(cited);
  });

  it.each([
    { what: "an empty file", xml: "  ", reason: /the file is empty/ },
    {
      what: "a truncated file",
      xml: chicago.slice(0, 5000),
      reason: /not well-formed XML: .*line \d+/,
    },
    {
      what: "an HTML page",
      xml: "<html><body>not a style</body></html>",
      reason: /root element is <html>/,
    },
    {
      what: "no CSL namespace",
      xml: style(`${INFO}<citation>${LAYOUT}</citation>`, 'class="in-text" version="1.0"'),
      reason: /not in the CSL namespace/,
    },
    {
      what: "a CSL 0.8 style",
      xml: style(INFO, `${NS} class="in-text" version="0.8"`),
      reason: /CSL 0\.8 style/,
    },
    {
      what: "no <info>",
      xml: style(`<citation>${LAYOUT}</citation>`),
      reason: /<info> must give the style a <title> and an <id>/,
    },
    {
      what: "no <citation>",
      xml: style(`${INFO}<bibliography>${LAYOUT}</bibliography>`),
      reason: /exactly one <citation>/,
    },
    {
      what: "no <bibliography>",
      xml: style(`${INFO}<citation>${LAYOUT}</citation>`),
      reason: /no <bibliography>/,
    },
    {
      what: "a dependent style",
      xml: fixture("dependent-3d-printing-in-medicine.csl"),
      reason: /dependent style.*springer-vancouver-brackets.*upload the parent/,
    },
    {
      what: "a DOCTYPE",
      xml: `<!DOCTYPE style [<!ENTITY x "y">]>${style(INFO)}`,
      reason: /DOCTYPE/,
    },
    {
      what: "a class that is neither in-text nor note",
      xml: style(INFO, `${NS} class="other" version="1.0"`),
      reason: /class="in-text" or class="note"/,
    },
  ])("refuses $what with the reason", ({ xml, reason }) => {
    const result = registerCslStyle(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
    expect(cslStyleRegistry.has(customStyleKey(xml))).toBe(false);
  });

  it("refuses a style whose trial rendering fails or writes nothing", () => {
    const missingMacro = style(
      `${INFO}<citation><layout><text macro="nowhere"/></layout></citation><bibliography>${LAYOUT}</bibliography>`,
    );
    const silent = style(
      `${INFO}<citation><layout><text variable="title"/></layout></citation><bibliography><layout><text variable="volume"/></layout></bibliography>`,
    );
    for (const xml of [missingMacro, silent]) {
      const result = registerCslStyle(xml);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^This CSL style cannot be used: /);
      expect(cslStyleRegistry.has(customStyleKey(xml))).toBe(false);
    }
  });

  it("renders a stored style on an instance that never saw the upload", () => {
    const key = customStyleKey(mla);
    cslStyleRegistry.remove(key); // as on a fresh app instance
    expect(styleTemplate({ xml: mla })).toBe(key);
    expect(cslStyleRegistry.has(key)).toBe(true);
    expect(formatClaimReference(sumgaitClaim(), { style: { xml: mla } }).reference).toMatch(
      /ArmInfo, Feb\. 2020\.$/,
    );
  });
});
