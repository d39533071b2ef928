/** Words saying a figure is not known ("an unknown number", "it is unclear how many"). */
export interface NotStatedMatch {
  start: number;
  end: number;
  wording: string;
}

const V = String.raw`(?:is|was|are|were|remains?|remained|still|has\s+not\s+been|have\s+not\s+been)`;
const UNKNOWN = String.raw`(?:unknown|unclear|uncertain|undetermined|not\s+(?:yet\s+|immediately\s+|exactly\s+|officially\s+)?(?:known|clear|established|determined)|(?:currently\s+|still\s+)?being\s+(?:checked|verified|established|determined|clarified|counted))`;
// Each pattern is one way sources say the figure is not known. "unclear" alone is left out: "it
// was unclear whether …" is about something else; "unclear how many" is kept.
const PATTERNS = [
  String.raw`\b(?:an?\s+)?(?:unknown|undetermined|unspecified|indeterminate)\s+number`,
  String.raw`\b${UNKNOWN}\s+(?:how\s+many|how\s+much|what\s+number|the\s+(?:exact\s+)?(?:number|toll|figure))`,
  String.raw`\b(?:number|toll|figure|count|casualties|victims|deaths|losses)s?\b[^.;!?]{0,60}?\b${V}\s+${UNKNOWN}`,
  String.raw`\b(?:did|do|does|could|can)(?:\s+not|n['’]t)\s+(?:know|say|give|confirm|determine|tell|reveal|disclose|specify|release|provide)\s+(?:the\s+(?:exact\s+)?number|how\s+many)`,
  String.raw`\bno\s+(?:official\s+)?(?:casualty\s+)?(?:figures?|numbers?|count)\s+(?:were|was|have\s+been|has\s+been)\s+(?:given|released|available|provided|announced)`,
  String.raw`\bno\s+(?:confirmed\s+|official\s+|immediate\s+)?(?:information|data|word)\s+(?:about|on|of)\s+(?:the\s+)?(?:victims|casualties|dead|deaths|injured|wounded)`,
  String.raw`\bunknown\b`,
  String.raw`\bnot\s+known\b`,
  // es, pt, fr, it, de, ru
  String.raw`\bno\s+(?:est[áa]|estaba|es|era)\s+claro\b|\bno\s+se\s+han?\s+(?:especificado|precisado|dado\s+a\s+conocer)\b`,
  String.raw`\bsans\s+(?:\p{L}+\s+){0,3}?(?:donner|préciser|fournir)\s+(?:de\s+|d'|un\s+|le\s+)?(?:bilan|chiffre|nombre)|\bnon\s+(?:è|e')\s+chiaro\b|\bkeine\s+Angaben\b`,
  String.raw`числ\p{L}*\s+(?:\p{L}+\s+)?не\s+(?:называ|сообща|уточня|установлен)\p{L}*|не\s+уточня\p{L}*`,
  String.raw`\bse\s+desconoce|\bdesconocid[oa]s?\b|\bno\s+se\s+sabe\b|\bindeterminad[oa]s?\b|\bsin\s+precisar\b|\bdesconhecid[oa]s?\b`,
  String.raw`\binconnue?s?\b|\bon\s+ignore\b|\bindéterminée?s?\b|\bimprecisat[oaie]\b|\bsconosciut[oaie]\b|\bnon\s+(?:è|e')\s+noto\b|\bnon\s+si\s+sa\b`,
  String.raw`\bunbekannt(?:e|en)?\b|\bungeklärt\b|\bunklar\b|неизвестн\p{L}*|не\s+установлен\p{L}*`,
];
const COMPILED = [
  ...PATTERNS.map((pattern) => new RegExp(pattern, "giu")),
  // An infobox label glued to its value: "InjuredUnknown".
  /(?<=\p{Ll})Unknown\b/gu,
];

/**
 * Every place a passage says a figure is not known, in reading order; overlapping wordings keep
 * the one starting first, then the longest. Such words state no value: a claim on them is refused
 * with `no_value_stated` rather than read as a number.
 */
export function findNotStated(text: string): NotStatedMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const all: NotStatedMatch[] = [];
  for (const pattern of COMPILED) {
    for (const match of text.matchAll(pattern)) {
      const wording = match[0].trimEnd();
      all.push({ start: match.index, end: match.index + wording.length, wording });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NotStatedMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}
