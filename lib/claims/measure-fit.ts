import { tokenize, type Token } from "@/lib/values/tokenize";

// Words that say nothing about what a measure counts.
const STOP = new Set(
  "a an the of in on at by to for from and or with during whole event number total count figure date day when how many much was were is are".split(
    " ",
  ),
);

// Words that count the same thing, so "killed" in a measure fits "deaths" or "victims" in a
// passage. Stems as `stem` makes them; a few languages beside English.
const KIN: string[][] = [
  "kill killed killing dead death die died fatality victim slain murdered murder perished toll body bodies life lives muerto muerte víctima fallecido asesinado mort tué victime morto ucciso vittima tot tote toten getötet opfer погибший погибли убит убитый жертва".split(
    " ",
  ),
  "injured injury wounded hurt casualty herido blessé ferito verletzt verwundet раненый ранен пострадавший".split(
    " ",
  ),
  "people person civilian resident citizen individual inhabitant persona personne persone menschen человек".split(
    " ",
  ),
  "refugee fled displaced deported expelled evacuated refugiado réfugié profugo flüchtling беженец".split(
    " ",
  ),
  "arrested arrest detained detention held detenido arrêté arrestato festgenommen задержан арестован".split(
    " ",
  ),
  "soldier troop serviceman servicemen military soldado soldat soldato soldaten военный".split(" "),
];
const KIN_OF = new Map<string, number>();
KIN.forEach((words, group) => words.forEach((word) => KIN_OF.set(stem(word), group)));

/** The concepts a measure names ("Armenians killed" → armenian, killed-kin), for matching. */
export function measureConcepts(measure: string | null | undefined): Set<string> {
  const concepts = new Set<string>();
  for (const token of tokenize(measure ?? "")) {
    if (token.kind !== "word" || STOP.has(token.lower)) continue;
    concepts.add(conceptOf(token.lower));
  }
  return concepts;
}

/** The measure's concepts found among some words of a passage. */
export function conceptsIn(words: readonly Token[], concepts: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const token of words) {
    if (token.kind !== "word") continue;
    const concept = conceptOf(token.lower);
    if (concepts.has(concept)) found.add(concept);
  }
  return found;
}

function conceptOf(word: string): string {
  const stemmed = stem(word);
  const group = KIN_OF.get(stemmed);
  return group === undefined ? stemmed : `kin:${group}`;
}

// A light stemmer: plurals and possessives only ("Armenians" → "armenian", "casualties" →
// "casualty"); verb forms are kin words above.
function stem(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}
