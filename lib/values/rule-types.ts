import type { Language } from "./language";

interface RuleInfo {
  description: string;
  examples: readonly string[];
  /** The rule's trigger words and examples in languages other than English. */
  languages?: Partial<
    Record<Exclude<Language, "en">, { phrases: readonly string[]; examples: readonly string[] }>
  >;
}

/** Trigger phrases are lower-case word sequences; punctuation and case in the text are ignored. */
type Phrases = { phrases: readonly string[] };

export type QuantityRule = RuleInfo &
  (
    | { kind: "exact" }
    | { kind: "range" }
    // N·(1 − below) … N·(1 + above), best N
    | ({ kind: "approximate"; below: number; above: number } & Phrases)
    // above N·(1 + margin); open upwards
    | ({ kind: "lower-bound"; inclusive: boolean; margin: number } & Phrases)
    // 0 … N; counts are never negative
    | ({ kind: "upper-bound"; inclusive: boolean } & Phrases)
    | ({ kind: "vague"; low: number; high: number; best: number | null } & Phrases)
    // Exactly 0: a phrase, then within a few words a word starting with one of `heads` ("no
    // civilian casualties": "no" … "casualt"; "nobody was killed": "nobody" … "kill").
    | ({ kind: "zero"; heads: readonly string[]; within: number } & Phrases)
  );

/** Month spans are [first, last] month numbers; a first month above the last starts the year before. */
export type DateRule = RuleInfo &
  (
    | { kind: "calendar" }
    | ({ kind: "season"; months: readonly [number, number] } & Phrases)
    | ({
        kind: "part";
        ofYear: readonly [number, number];
        ofMonth: readonly [number, number];
        ofDecade: readonly [number, number];
      } & Phrases)
    | ({ kind: "time-of-day"; extraDays: number } & Phrases)
    | ({ kind: "open-bound"; side: "before" | "after"; inclusive: boolean } & Phrases)
    // "unit": as precise as the unit named ("3 days ago" → day, "3 years ago" → year)
    | { kind: "relative"; precision: "unit" | "day" | "month" | "year" }
    | { kind: "implied-year" }
  );

export type Rule = QuantityRule | DateRule;

/** Rules by id. Removing a rule switches its wording off; editing one changes every parse. */
export type RuleTable = Readonly<Record<string, Rule>>;

export type RuleOf<K extends Rule["kind"]> = Extract<Rule, { kind: K }>;

/** Rules of one kind with their ids, in table order. */
export function rulesOfKind<K extends Rule["kind"]>(
  table: RuleTable,
  kind: K,
): { id: string; rule: RuleOf<K> }[] {
  const found: { id: string; rule: RuleOf<K> }[] = [];
  for (const [id, rule] of Object.entries(table)) {
    if (rule.kind === kind) found.push({ id, rule: rule as RuleOf<K> });
  }
  return found;
}

/** The rule with this id when it exists and is of the expected kind. */
export function ruleById<K extends Rule["kind"]>(
  table: RuleTable,
  id: string,
  kind: K,
): RuleOf<K> | null {
  const rule = table[id];
  return rule && rule.kind === kind ? (rule as RuleOf<K>) : null;
}
