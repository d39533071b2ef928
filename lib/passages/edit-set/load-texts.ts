import { readdirSync, readFileSync } from "node:fs";

/** A real text of the edit set: its file name (without .txt) and its characters. */
export interface NamedText {
  name: string;
  text: string;
}

const SEED_CORPUS = new URL("../../../seed/corpus/", import.meta.url);
const FIXTURES = new URL("./texts/", import.meta.url);

/** The sample corpus and the fixture texts (see README.md for their sources and licences). */
export function loadTexts(): NamedText[] {
  return [...readTexts(SEED_CORPUS, "corpus-"), ...readTexts(FIXTURES, "")];
}

function readTexts(folder: URL, prefix: string): NamedText[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({
      name: `${prefix}${file.slice(0, -4)}`,
      text: readFileSync(new URL(file, folder), "utf8"),
    }));
}
