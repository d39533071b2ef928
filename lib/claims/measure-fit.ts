import { tokenize, type Token } from "@/lib/values/tokenize";

// Words that say nothing about what a measure counts.
const STOP = new Set(
  "a an the of in on at by to for from and or with during whole event number total count figure date dates day days when how many much was were is are who whom which that their its his her they them those these".split(
    " ",
  ),
);

// Words that count the same thing, so "killed" in a measure fits "deaths" or "victims" in a
// passage; a few languages beside English. Each is stemmed as passage words are.
const KIN: string[][] = [
  "kill killed killing dead death die died fatality victim slain murdered murder perished toll body bodies life lives muerto muerte víctima fallecido asesinado matando matado mató mataron murieron murió mort tué victime morto ucciso vittima tot tote toten getötet opfer погибший погибли убит убито убитый жертва".split(
    " ",
  ),
  "injured injuring injury wounded wounding hurt casualty herido blessé ferito verletzt verwundet раненый ранен ранения пострадавший".split(
    " ",
  ),
  "people person civilian resident citizen individual inhabitant persona personne persone menschen человек".split(
    " ",
  ),
  "refugee fled flee fleeing displaced deported expelled evacuated refugiado réfugié profugo flüchtling беженец".split(
    " ",
  ),
  "arrested arrest detained detention held detenido arrêté arrestato festgenommen задержан арестован".split(
    " ",
  ),
  "soldier troop serviceman servicemen military militar militaire soldado soldat soldato soldaten военный".split(
    " ",
  ),
];
const PEOPLE = 2;
const CYRILLIC_ENDINGS =
  /(?:ами|ыми|ими|ого|ему|ые|ых|ый|ий|ая|ое|ой|ей|ия|ие|ам|ах|ов|ом|ым|а|ы|и|е|о|у|я|ю)$/u;
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

/**
 * How much a concept tells figures apart: words for people in general ("people", "civilians")
 * least, what happened to them ("killed") more, and who or where they are ("Armenians", "Baku")
 * most, as that is what a measure narrows a count to.
 */
export function conceptWeight(concept: string): number {
  if (concept === `kin:${PEOPLE}`) return 0.5;
  return concept.startsWith("kin:") ? 1 : 1.5;
}

/** Whether a word is a content word a measure could name (not "the", "of", "was"). */
export function isContentWord(token: Token | undefined): boolean {
  return token?.kind === "word" && !STOP.has(token.lower);
}

function conceptOf(word: string): string {
  const stemmed = stem(word);
  const group = KIN_OF.get(stemmed);
  return group === undefined ? stemmed : `kin:${group}`;
}

// A light stemmer: endings of number, gender and case only ("Armenians" → "armenian",
// "heridas" → "herid", "убитые" → "убит"); verb forms are kin words above.

function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (/[а-яё]/u.test(w)) {
    const cut = w.replace(CYRILLIC_ENDINGS, "");
    return cut.length >= 3 ? cut : w;
  }
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  // Romance gender endings ("herida", "herido" → "herid"); long words only.
  if (w.length > 4 && /[aoei]$/.test(w) && !/(?:ie|ee)$/.test(w)) w = w.slice(0, -1);
  return w;
}
