import { describePassage, type PassageSelector } from "../describe-passage";
import type { TextRange } from "../find-quote";
import { applyRounds, type Expected } from "./apply-edits";
import type { Draft, EditKind, Pool } from "./draft";
import { aroundKinds } from "./kinds-around";
import { harderKinds } from "./kinds-harder";
import { insideKinds } from "./kinds-inside";
import { wholeKinds } from "./kinds-whole";
import type { NamedText } from "./load-texts";
import { pickPassage } from "./pick-passage";
import { seededRandom, type Random } from "./random";
import { sentencesOf } from "./text-parts";

/** Every kind of generated edit, in the order cases are generated. */
export const EDIT_KINDS: EditKind[] = [
  ...insideKinds,
  ...aroundKinds,
  ...harderKinds,
  ...wholeKinds,
];

/** One edit of a real text, with every passage's expected place (or orphan) in the new text. */
export interface EditCase {
  id: string;
  kind: string;
  oldText: string;
  newText: string;
  passages: CasePassage[];
}

export interface CasePassage {
  selector: PassageSelector;
  expected: Expected;
  /** True for the passages the edit aims at; the others are bystanders picked at random. */
  target: boolean;
}

export interface GenerateOptions {
  seed: number;
  casesPerKind: number;
  bystanders: number;
}

/**
 * The generated edit set: for each kind, `casesPerKind` cases over the texts in turn, each from
 * its own seeded generator (seed, kind and case number), so a case can be reproduced alone.
 */
export function generateEdits(texts: NamedText[], options: GenerateOptions): EditCase[] {
  const cases: EditCase[] = [];
  const pools = new Map(texts.map((t) => [t, poolWithout(texts, t)]));
  EDIT_KINDS.forEach((kind, k) => {
    for (let i = 0; i < options.casesPerKind; i++) {
      const random = seededRandom(options.seed * 7919 + k * 1000 + i);
      for (let attempt = 0; attempt < texts.length; attempt++) {
        const named = texts[(k + i + attempt) % texts.length];
        if (!named) continue;
        const draft = kind.make(named.text, random, pools.get(named) ?? poolWithout(texts, named));
        if (!draft || draft.targets.length === 0) continue;
        const id = `${kind.name}#${i} ${named.name}`;
        const made = toCase(id, kind.name, draft, random, options.bystanders);
        if (!made) continue;
        cases.push(made);
        break;
      }
    }
  });
  return cases;
}

/**
 * Applies a draft and adds bystanders, keeping only passages whose ground truth is clear; null
 * when a target's is not (the generator then tries the kind on another text).
 */
export function toCase(
  id: string,
  kind: string,
  draft: Draft,
  random: Random,
  bystanders: number,
): EditCase | null {
  const { oldText, targets } = draft;
  const rounds = draft.then ? [draft.replacements, draft.then] : [draft.replacements];
  const extra: TextRange[] = [];
  for (let attempt = 0; attempt < bystanders * 4 && extra.length < bystanders; attempt++) {
    const picked = pickPassage(oldText, random);
    if (
      !picked ||
      [...targets, ...extra].some(
        (t) => t.start === picked.range.start && t.end === picked.range.end,
      )
    )
      continue;
    const [expected] = applyRounds(oldText, rounds, [picked.range]).expected;
    if (expected && !("orphan" in expected && expected.orphan === "unclear"))
      extra.push(picked.range);
  }
  const ranges = [...targets, ...extra];
  const applied = applyRounds(oldText, rounds, ranges);
  if (applied.expected.some((e) => "orphan" in e && e.orphan === "unclear")) return null;
  const passages = ranges.map((range, i): CasePassage => {
    const described = describePassage(oldText, range.start, range.end);
    const expected = applied.expected[i];
    if (!described.ok || !expected) {
      throw new Error(`edit set ${id}: bad passage ${JSON.stringify(range)}`);
    }
    return { selector: described.selector, expected, target: i < targets.length };
  });
  return { id, kind, oldText, newText: applied.text, passages };
}

function poolWithout(texts: NamedText[], excluded: NamedText): Pool {
  const others = texts.filter((t) => t !== excluded);
  return {
    sentences: others.flatMap((t) =>
      sentencesOf(t.text)
        .filter((s) => s.words.length >= 6)
        .map((s) => t.text.slice(s.start, s.end)),
    ),
    paragraphs: others.flatMap((t) =>
      t.text.split(/\n\s*\n/).filter((p) => p.length >= 200 && p.length <= 1200),
    ),
  };
}
