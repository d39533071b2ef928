import { describe, expect, it, vi } from "vitest";
import { formatClaimReference, formatClaimReferences } from "./format-reference";
import { seededClaims, sumgaitClaim } from "./testing/seeded-claims";

// The seeded claim: ArmInfo's "26 citizens of Armenian nationality", as seed/sample-claims.ts
// records it, with the metadata of seed/sample-sources.ts: a news article of ArmInfo with no
// headline of its own (the title in square brackets is the editor's description), no author,
// published February 2020 (month precision), no web address; read 1 March 2025. The text is one
// paragraph as the reader shows it, so the locator is paragraph 1.
const claim = sumgaitClaim();

// The first rendering loads citeproc-js and its styles: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const TITLE =
  "[No headline] ArmInfo on the Artsakh Ombudsman’s speech for the 32nd anniversary of the Sumgait pogroms";

describe("APA 7 (bundled apa)", () => {
  it("cites the seeded Sumgait claim as checked by hand", () => {
    const cited = formatClaimReference(claim, { style: "apa" });
    // Reference, checked against APA 7 (Publication Manual §9.12 and §10.1, newspaper article):
    // - no author, so the title moves to the author position (§9.12);
    // - the date as precise as known, in parentheses after it: "(2020, February)";
    // - an article is part of a whole, so its title is not italicised; the newspaper's name
    //   follows as the periodical (italic in HTML, see below);
    // - no URL is known, so the reference ends with the newspaper's name;
    // - the straight apostrophe of the stored title is printed typographically (’).
    expect(cited.reference).toBe(`${TITLE}. (2020, February). ArmInfo.`);
    // In-text, §8.14: with no author, the title stands in for it in title case and double
    // quotation marks, the comma inside them (American punctuation); §8.13: with no page
    // numbers, the paragraph number, "para. 1". (APA would shorten a long title to its first
    // words; CSL does that only from a short title, which sources do not have.)
    expect(cited.citation).toBe(
      "(“[No Headline] ArmInfo on the Artsakh Ombudsman’s Speech for the 32nd Anniversary of the Sumgait Pogroms,” 2020, para. 1)",
    );
    expect(cited.combined).toBe(
      `“According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots” ${cited.citation}\n${cited.reference}`,
    );
  });

  it("italicises the newspaper in HTML and escapes the quote", () => {
    const cited = formatClaimReference(claim, { style: "apa", format: "html" });
    expect(cited.reference).toBe(
      `<div class="csl-entry">${TITLE}. (2020, February). <i>ArmInfo</i>.</div>`,
    );
    expect(cited.combined).toContain("Prosecutor General&#39;s Office");
  });

  it("inverts a person's name and keeps the day of a day-precise date", () => {
    const polatov = seededClaims().find((c) => c.source.authors.length > 0)!;
    // §9.8: surname, initials; the "(Polatidis)" the text gives stays with the surname.
    expect(formatClaimReference(polatov, { style: "apa" }).reference).toBe(
      "Polatov (Polatidis), E. (2024, February 29). The Armenian Genocide in Azerbaijan.",
    );
  });
});

describe("Harvard (bundled harvard1: Cite Them Right 12th edition, en-GB)", () => {
  it("cites the seeded Sumgait claim as checked by hand", () => {
    const cited = formatClaimReference(claim, { style: "harvard1" });
    // Reference, checked against Cite Them Right's newspaper article:
    //   Author (Year) 'Title of article', Title of Newspaper, Day Month, Page.
    // - with no author, the newspaper's name takes the author's place (italic in HTML) and is
    //   not repeated after the title;
    // - the year in round brackets, no full stop after it;
    // - the article title in single quotation marks (British), the comma outside them;
    // - "Day Month" is "February", as only the month is known; no page for an online text;
    // - no URL, so no "Available at: … (Accessed: …)".
    expect(cited.reference).toBe(`ArmInfo (2020) ‘${TITLE}’, February.`);
    // In-text: (Author, Year, locator), the newspaper as author; paragraph as "para. 1".
    expect(cited.citation).toBe("(ArmInfo, 2020, para. 1)");
    // The quote itself in British single quotation marks.
    expect(cited.combined.startsWith("‘According to official data")).toBe(true);
    const html = formatClaimReference(claim, { style: "harvard1", format: "html" });
    expect(html.reference).toBe(
      `<div class="csl-entry"><i>ArmInfo</i> (2020) ‘${TITLE}’, February.</div>`,
    );
    expect(html.citation).toBe("(<i>ArmInfo</i>, 2020, para. 1)");
  });

  it("adds the address and the access date, British style, when the source has a URL", () => {
    const online = { ...claim, source: { ...claim.source, url: "https://arminfo.example/a" } };
    expect(formatClaimReference(online, { style: "harvard1" }).reference).toBe(
      `ArmInfo (2020) ‘${TITLE}’, February. Available at: https://arminfo.example/a (Accessed: 1 March 2025).`,
    );
  });
});

describe("a selection of claims", () => {
  const claims = seededClaims().slice(0, 4); // ArmInfo, Polatov, ArmInfo, Polatov

  it("lists each source once and numbers Vancouver citations in order of first citation", () => {
    const result = formatClaimReferences(claims, { style: "vancouver" });
    expect(result.references.split("\n")).toEqual([
      `1. ${TITLE}. ArmInfo. 2020 Feb.`,
      "2. Polatov (Polatidis) E. The Armenian Genocide in Azerbaijan. 2024 Feb 29.",
    ]);
    expect(result.citations.map((c) => c.citation)).toEqual(["(1)", "(2)", "(1)", "(2)"]);
    // Vancouver prints no locator in "(1)", so the locator follows the quote.
    expect(result.citations[0]?.combined).toMatch(/riots” \(para\. 1\) \(1\)\n1\. /);
  });

  it("keeps the claims' order and their own locators", () => {
    const result = formatClaimReferences(claims, { style: "apa" });
    expect(result.citations.map((c) => c.claimId)).toEqual(claims.map((c) => c.id));
    expect(result.citations.map((c) => c.locator)).toEqual(
      claims.map((c) => `para. ${c.passage.paragraph}`),
    );
    expect(result.references.split("\n")).toHaveLength(2);
  });

  it("gives an empty list for an empty selection", () => {
    expect(formatClaimReferences([], { style: "vancouver" })).toEqual({
      references: "",
      citations: [],
    });
  });

  it("cites a page when the source has pages", () => {
    const paged = { ...claim, passage: { ...claim.passage, page: 12 } };
    expect(formatClaimReference(paged, { style: "apa" }).citation).toMatch(/ 2020, p\. 12\)$/);
  });

  it("escapes markup in metadata and quote in HTML", () => {
    const hostile = {
      ...claim,
      source: { ...claim.source, title: "<script>alert(1)</script> & more" },
      passage: { ...claim.passage, exact: "<img src=x onerror=alert(2)>" },
    };
    const html = formatClaimReference(hostile, { format: "html" }).combined;
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
  });
});
