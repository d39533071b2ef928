import type { IdChoice } from "./request-plan";

type Kind = "source" | "claim" | "question" | "subject";

const KIND_OF_SEGMENT: Record<string, Kind> = {
  sources: "source",
  claims: "claim",
  questions: "question",
  subjects: "subject",
};

const REFERENCE_FIELDS: Record<string, Kind> = {
  sourceId: "source",
  questionId: "question",
  subjectId: "subject",
  claimId: "claim",
};

const TRASH_KINDS = ["source", "question", "claim", "sources", "claims", "questions"];

/**
 * The ids the run has seen in answers, by kind, so generated requests can name rows that exist
 * (or were just deleted) rather than only ids nobody ever made.
 */
export class IdPools {
  private ids: Record<Kind, string[]> = { source: [], claim: [], question: [], subject: [] };

  /** Adds the ids of one answer: its own `id` (of the kind the route is about) and references. */
  learn(pattern: string, status: number, body: unknown): void {
    if (status < 200 || status > 299) return;
    const noun =
      pattern
        .split("/")
        .filter((part) => !part.startsWith(":"))
        .at(-1) ?? "";
    const own = KIND_OF_SEGMENT[noun];
    const visit = (value: unknown, depth: number) => {
      if (depth > 4 || typeof value !== "object" || value === null) return;
      if (Array.isArray(value)) return value.slice(0, 50).forEach((item) => visit(item, depth + 1));
      const record = value as Record<string, unknown>;
      if (own && depth <= 2 && typeof record.id === "string") this.add(own, record.id);
      for (const [field, kind] of Object.entries(REFERENCE_FIELDS))
        if (typeof record[field] === "string") this.add(kind, record[field]);
      for (const inner of Object.values(record)) visit(inner, depth + 1);
    };
    visit(body, 0);
  }

  /** Adds one id of a kind. */
  add(kind: Kind, id: string): void {
    const list = this.ids[kind];
    if (!list.includes(id)) list.push(id);
  }

  /** All ids of a kind seen so far. */
  all(kind: Kind): readonly string[] {
    return this.ids[kind];
  }

  /** The value for a route parameter: a known id of the kind the segment before it names. */
  pick(choice: IdChoice, name: string, segmentBefore: string): string {
    if ("literal" in choice) return choice.literal;
    if (name === "kind") return TRASH_KINDS[choice.known % TRASH_KINDS.length]!;
    const kind = KIND_OF_SEGMENT[segmentBefore];
    const list = kind ? this.ids[kind] : Object.values(this.ids).flat();
    return list.length ? list[choice.known % list.length]! : `unknown-${choice.known}`;
  }

  /** The body with each `$source:n` / `$question:n` replaced by a known id. */
  fillRefs(value: unknown): unknown {
    if (typeof value === "string") {
      const ref = /^\$(source|question):(\d+)$/.exec(value);
      if (!ref) return value;
      const list = this.ids[ref[1] as Kind];
      return list.length ? list[Number(ref[2]) % list.length] : "none-yet";
    }
    if (Array.isArray(value)) return value.map((item) => this.fillRefs(item));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.fillRefs(v)]));
    return value;
  }
}
