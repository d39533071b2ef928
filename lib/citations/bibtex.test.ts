import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it, vi } from "vitest";
import { collect } from "@/lib/exports/stream-chunks";
import { formatBibtex, writeBibtex } from "./bibtex";
import type { CitedClaim } from "./citation-types";
import { seededClaims } from "./testing/seeded-claims";

// citation-js converts a few hundred entries a second on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const claims = seededClaims();
// Characters BibTeX treats specially, and typography the seed's titles carry.
const tricky: CitedClaim = {
  ...claims[0]!,
  id: "tricky",
  source: {
    ...claims[0]!.source,
    title: "50% & #1: {braces}, $dollars$, a_b, back\\slash – “quoted” Azerbaijan’s ~tilde",
    authors: ["Thomas de Waal", "Human Rights Watch", "Eduard Polatov (Polatidis)"],
    url: "https://news.example/a?b=1&c=%20d#e",
  },
};

describe("BibTeX, read back by an independent parser (@retorquere/bibtex-parser)", () => {
  for (const dialect of ["bibtex", "biblatex"] as const) {
    it(`parses without errors, one entry per claim, with unique keys (${dialect})`, () => {
      const library = parse(formatBibtex([...claims, tricky], dialect));
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(claims.length + 1);
      const keys = library.entries.map((entry) => entry.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys[0]).toBe("ArmInfo2020_claim1");
    });
  }

  it("keeps the title, the authors, the newspaper, the date and the address", () => {
    const [entry] = parse(formatBibtex([tricky])).entries;
    expect(entry?.type).toBe("article");
    expect(entry?.fields.title).toBe(tricky.source.title);
    expect(entry?.fields.author).toEqual([
      { lastName: "Waal", firstName: "Thomas", prefix: "de" },
      { name: "Human Rights Watch" },
      { lastName: "Polatov (Polatidis)", firstName: "Eduard" },
    ]);
    expect(entry?.fields.journal).toBe("ArmInfo");
    expect(entry?.fields.year).toBe("2020");
    expect(entry?.fields.url).toBe(tricky.source.url);
  });

  it("carries the quoted passage and its locator in the note", () => {
    const [entry] = parse(formatBibtex(claims.slice(0, 1))).entries;
    expect(entry?.fields.note).toBe(
      "“According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots” (para. 1)",
    );
    const biblatex = parse(formatBibtex(claims.slice(0, 1), "biblatex")).entries[0];
    expect(biblatex?.fields).toMatchObject({ date: "2020-02", urldate: "2025-03-01" });
  });

  it("streams the same file", async () => {
    async function* rows() {
      yield* claims;
    }
    expect(await collect(writeBibtex(rows()))).toBe(formatBibtex(claims));
  });
});
