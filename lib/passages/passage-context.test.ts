import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { passageContext } from "./passage-context";

const arminfo = corpus("arminfo-sumgait-ombudsman");
const mfa = corpus("artsakh-mfa-baku-pogroms");
const polatov = corpus("polatov-armenian-genocide-in-azerbaijan");

describe("passageContext", () => {
  it.each([
    {
      name: "completes the sentence around a passage in mid-sentence",
      text: arminfo,
      passage: "26 citizens",
      before: "According to official data from the USSR Prosecutor General's Office, ",
      after:
        " of Armenian nationality were killed in the riots, more than a hundred people were injured.",
    },
    {
      name: "gives a whole-sentence passage its neighbouring sentences",
      text: arminfo,
      passage: "According to unofficial estimates, hundreds of Armenians were killed.",
      before:
        "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots, more than a hundred people were injured. ",
      after:
        " During the clean-up operation, injuries of varying severity were received by 276 servicemen.",
    },
    {
      name: "does not end a sentence at initials",
      text: polatov,
      passage: "V.S. Galkin",
      before:
        "The joint investigative group of law enforcement agencies was led by an investigator for particularly important cases of the Prosecutor's Office of the USSR, ",
      after: ".",
    },
    {
      name: "keeps the closing quotation mark with its sentence",
      text: arminfo,
      passage: "the first outbreak of mass violence",
      before: 'According to the British journalist Thomas de Waal, these events were "',
      after: ' in modern Soviet history."',
    },
    {
      name: "stops at a line break with no full stop, and at the start of the text",
      text: mfa,
      passage: "new monstrous stage",
      before: "Baku pogroms marked the beginning of ",
      after: " in Azerbaijan\u2019s genocidal policy towards Armenians \u2013 Artsakh MFA",
    },
    {
      name: "does not start a sentence at a full stop with no space after it",
      text: arminfo,
      passage: "Sumgait massacre",
      before: "ArmInfo.The ",
      after:
        " was just one of the episodes of the genocide committed against the Armenians of Azerbaijan.",
    },
    {
      name: "reaches back across a blank line of U+00A0 from a passage that starts a paragraph",
      text: polatov,
      passage: "People were killed in their homes",
      before:
        "Breaking into groups of several dozen people, the rioters burst into the pre-targeted Armenian apartments.\n\u00a0\n\u00a0",
      after:
        ", but more often they were taken out to the streets or courtyards for public mockery of Armenians.",
    },
  ])("$name", ({ text, passage, before, after }) => {
    const start = text.indexOf(passage);
    expect(passageContext(text, start, start + passage.length)).toEqual({
      before,
      passage,
      after,
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it("reaches further with more sentences", () => {
    const start = arminfo.indexOf("26 citizens");
    const context = passageContext(arminfo, start, start + 11, { sentences: 2, maxChars: 1000 });
    expect(context.before).toMatch(/^The Sumgait pogrom was a landmark event/);
    expect(context.after).toMatch(
      /According to unofficial estimates, hundreds of Armenians were killed\.$/,
    );
  });

  it("gives no context for no sentences", () => {
    const start = arminfo.indexOf("26 citizens");
    expect(passageContext(arminfo, start, start + 11, { sentences: 0 })).toMatchObject({
      before: "",
      after: "",
    });
  });

  it("cuts a long sentence between words and says so", () => {
    const start = polatov.indexOf("328th Guards");
    const context = passageContext(polatov, start, start + 12, { maxChars: 40 });
    expect(context).toEqual({
      before: "held the position of commander of the ",
      passage: "328th Guards",
      after: " Parachute-Descent Regiment of the 104th",
      truncatedBefore: true,
      truncatedAfter: true,
    });
  });

  it.each([
    { start: -10, end: 1e9 },
    { start: Number.NaN, end: Number.NaN },
    { start: 50, end: 10 },
    { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY },
  ])("clamps offsets $start..$end into the text", ({ start, end }) => {
    const context = passageContext(arminfo, start, end);
    expect(arminfo).toContain(context.before + context.passage + context.after);
  });
});

function corpus(name: string): string {
  return readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8");
}
