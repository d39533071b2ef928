import { describe, expect, it } from "vitest";
import { invertedName, looksLikeOrganisation, toCslName } from "./csl-name";

describe("toCslName", () => {
  it.each([
    { author: "Eduard Polatov", name: { family: "Polatov", given: "Eduard" } },
    { author: "Polatov, Eduard", name: { family: "Polatov", given: "Eduard" } },
    {
      author: "Eduard Polatov (Polatidis)",
      name: { family: "Polatov (Polatidis)", given: "Eduard" },
    },
    {
      author: "Thomas de Waal",
      name: { family: "Waal", given: "Thomas", "non-dropping-particle": "de" },
    },
    {
      author: "Martin Luther King Jr.",
      name: { family: "King", given: "Martin Luther", suffix: "Jr." },
    },
    { author: "Jean-Paul Sartre", name: { family: "Sartre", given: "Jean-Paul" } },
    { author: "Артак Бегларян", name: { family: "Бегларян", given: "Артак" } },
    { author: "  Artak   Beglaryan ", name: { family: "Beglaryan", given: "Artak" } },
  ])("reads $author as a person", ({ author, name }) => {
    expect(toCslName(author)).toEqual(name);
  });

  it.each([
    { author: "ArmInfo", why: "one word" },
    { author: "USSR Prosecutor General's Office", why: "an acronym and an organisation word" },
    { author: "Human Rights Watch", why: "an organisation word" },
    { author: "Artsakh MFA", why: "an acronym" },
    { author: "Agence France-Presse", why: "an organisation word in French" },
    { author: "Министерство иностранных дел", why: "an organisation word in Russian" },
    { author: "Team 42", why: "digits" },
    { author: "Unofficial estimates (not named)", why: "words that are no names" },
    { author: "Smith & Sons", why: "an ampersand" },
  ])("keeps $author as a literal ($why)", ({ author }) => {
    expect(toCslName(author)).toEqual({ literal: author });
  });

  it("keeps a braced name as written, without the braces", () => {
    expect(toCslName("{Memorial Human Rights Centre}")).toEqual({
      literal: "Memorial Human Rights Centre",
    });
    expect(toCslName("{Cher Bono}")).toEqual({ literal: "Cher Bono" });
  });

  it("writes names inverted, as RIS and reference lists do", () => {
    expect(invertedName(toCslName("Thomas de Waal"))).toBe("de Waal, Thomas");
    expect(invertedName(toCslName("Martin Luther King Jr."))).toBe("King, Martin Luther, Jr.");
    expect(invertedName(toCslName("Human Rights Watch"))).toBe("Human Rights Watch");
  });

  it("does not take a generational suffix for an acronym", () => {
    expect(looksLikeOrganisation("Henry Ford II")).toBe(false);
    expect(looksLikeOrganisation("BBC News")).toBe(true);
  });
});
