import type { SourceKind } from "@/lib/sources/source-kinds";

export interface SampleSource {
  /** File in seed/corpus, kept byte for byte as received. */
  file: string;
  title: string;
  publisher: string | null;
  authors: string[];
  /** Only what the text itself reveals: a month where it says "the 32nd anniversary" of Feb 1988. */
  published: string;
  kind: SourceKind;
  language: string;
}

/** The sample corpus and the metadata each text reveals about itself (see seed/corpus/README.md). */
export const SAMPLE_SOURCES: SampleSource[] = [
  {
    file: "arminfo-sumgait-ombudsman.txt",
    // The agency gave no headline. The square brackets mark an editor's description, as in
    // citations, so that nobody takes it for the agency's own words.
    title:
      "[No headline] ArmInfo on the Artsakh Ombudsman's speech for the 32nd anniversary of the Sumgait pogroms",
    publisher: "ArmInfo",
    authors: [],
    published: "2020-02",
    kind: "news_article",
    language: "en",
  },
  {
    file: "artsakh-mfa-baku-pogroms.txt",
    title:
      "Baku pogroms marked the beginning of new monstrous stage in Azerbaijan’s genocidal policy towards Armenians – Artsakh MFA",
    publisher: null,
    authors: [],
    published: "2023-01",
    kind: "news_article",
    language: "en",
  },
  {
    file: "polatov-armenian-genocide-in-azerbaijan.txt",
    title: "The Armenian Genocide in Azerbaijan",
    publisher: null,
    authors: ["Eduard Polatov (Polatidis)"],
    published: "2024-02-29",
    kind: "news_article",
    language: "en",
  },
];
