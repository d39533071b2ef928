import { describe, expect, it } from "vitest";
import { isHeadingLike, sectionBefore } from "./section-before";

const REPOST = [
  "This week in history – 1990: Azerbaijanis Attack Armenians",
  "",
  "The Associated Press",
  "January 14, 1990, Sunday",
  "",
  "Azerbaijanis Attack Armenians; 25 People Reported Killed in Baku",
  "",
  "MOSCOW",
  "",
  "Rioting broke out overnight in the capital of the Azerbaijan republic.",
  "",
  "Radio Moscow said the incidents were announced at a rally Saturday night.",
].join("\n");

const WIKI = [
  "Background",
  "In 1988, the Karabakh movement began.",
  "Events",
  "In 1990, the situation worsened.",
  "On the night of January 19–20, troops entered the city.",
].join("\n");

describe("sectionBefore", () => {
  it("goes back to the heading above, taking in the whole headline block", () => {
    const start = REPOST.indexOf("Radio Moscow");
    const section = sectionBefore(REPOST, start);
    expect(section.startsWith("This week in history")).toBe(true);
    expect(section).toContain("January 14, 1990, Sunday");
    expect(REPOST.slice(0, start).endsWith(section)).toBe(true);
  });

  it("stops at the heading of the passage's section, leaving earlier sections out", () => {
    const start = WIKI.indexOf("On the night");
    expect(sectionBefore(WIKI, start)).toBe("Events\nIn 1990, the situation worsened.\n");
  });

  it("keeps the part of the passage's own line before it", () => {
    const text = "Rioting broke out. On February 28, troops came.";
    expect(sectionBefore(text, text.indexOf("On February"))).toBe("Rioting broke out. ");
  });

  it("goes back at most maxLines lines or maxChars characters", () => {
    const text = Array.from({ length: 50 }, (_, i) => `Sentence ${i}.`).join("\n");
    const end = text.length;
    expect(sectionBefore(text, end, { maxLines: 3 }).split("\n")).toHaveLength(4);
    expect(sectionBefore(text, end, { maxChars: 40 }).length).toBeLessThanOrEqual(40);
    expect(sectionBefore("", 0)).toBe("");
    expect(sectionBefore("abc", 99)).toBe("abc");
  });

  it("tells headings from sentences", () => {
    expect(isHeadingLike("MOSCOW")).toBe(true);
    expect(isHeadingLike("## Pogroms.")).toBe(true);
    expect(isHeadingLike("Rioting broke out overnight.")).toBe(false);
    expect(isHeadingLike("")).toBe(false);
  });
});
