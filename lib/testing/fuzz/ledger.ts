/** The fields a later read must give back as the last acknowledged write left them. */
const COMPARED: Record<LedgerKind, string[]> = {
  claim: [
    "stated",
    "note",
    "status",
    "method",
    "asOf",
    "override",
    "questionId",
    "origin",
    "passages",
  ],
  source: ["title", "publisher", "authors", "url", "published", "kind", "language", "text"],
};

export type LedgerKind = "claim" | "source";

interface Entry {
  kind: LedgerKind;
  id: string;
  /** The body of the last acknowledged write. */
  state: Record<string, unknown>;
  /** true: must be readable; false: trashed by an acknowledged delete; null: a cascade may have moved it. */
  live: boolean | null;
  /** What the run did to it, for the failure message. */
  trail: string[];
}

/**
 * Every write the app acknowledged (2xx), as the client was told it: what must still be there
 * afterwards, with which fields. Deletes, restores and purges say what may be gone.
 */
export class Ledger {
  private entries = new Map<string, Entry>();

  /** Notes one answered request, by its route pattern (`/api/v1/claims/:id`). */
  note(
    pattern: string,
    method: string,
    status: number,
    id: string | undefined,
    body: unknown,
    at = "",
  ) {
    if (status < 200 || status > 299) return;
    const step = `#${at} ${method} ${pattern.replace(":id", id ?? "")} ${status}`;
    if (id)
      for (const entry of this.entries.values())
        if (entry.id === id || parentsOf(entry).includes(id)) entry.trail.push(step);
    const kind: LedgerKind | null = pattern.includes("/claims")
      ? "claim"
      : pattern.includes("/sources")
        ? "source"
        : null;
    const record = isRecord(body) ? body : null;
    const writes = method === "POST" || method === "PATCH";
    if (kind && writes && record && typeof record.id === "string" && !pattern.includes("/trash")) {
      const trail = [...(this.entries.get(record.id)?.trail ?? []), step];
      this.entries.set(record.id, { kind, id: record.id, state: record, live: true, trail });
      return;
    }
    if (
      method === "DELETE" &&
      id &&
      (pattern.endsWith("/claims/:id") || pattern.endsWith("/sources/:id"))
    ) {
      const entry = this.entries.get(id);
      if (entry) entry.live = false;
      // Trashing a source takes its claims along; restoring it brings them back.
      if (pattern.endsWith("/sources/:id")) this.cascade(id, null);
      return;
    }
    if (pattern.includes("/trash/") && id) {
      if (pattern.endsWith("/restore") && method === "POST") {
        const entry = this.entries.get(id);
        if (entry) entry.live = true;
        this.cascade(id, null);
      } else if (method === "DELETE") {
        this.entries.delete(id);
        for (const entry of this.entries.values())
          if (parentsOf(entry).includes(id)) this.entries.delete(entry.id);
      }
    }
  }

  /** The writes to check: each with what a read must show, and whether it must be readable. */
  toCheck(): {
    kind: LedgerKind;
    id: string;
    live: boolean | null;
    expected: Record<string, unknown>;
    trail: string[];
  }[] {
    return [...this.entries.values()].map((entry) => ({
      trail: entry.trail,
      kind: entry.kind,
      id: entry.id,
      live: entry.live,
      expected: Object.fromEntries(
        COMPARED[entry.kind]
          .filter((key) => key in entry.state)
          .map((key) => [key, entry.state[key]]),
      ),
    }));
  }

  private cascade(parentId: string, live: boolean | null) {
    for (const entry of this.entries.values())
      if (parentsOf(entry).includes(parentId) && entry.live !== false) entry.live = live;
  }
}

/** The fields of `expected` that `actual` does not give back the same. */
export function differingFields(expected: Record<string, unknown>, actual: unknown): string[] {
  if (!isRecord(actual)) return Object.keys(expected);
  return Object.keys(expected).filter(
    (key) => JSON.stringify(expected[key]) !== JSON.stringify(actual[key]),
  );
}

// The rows an entry goes with: a claim's source (named as `source.id`) and question.
function parentsOf(entry: Entry): string[] {
  const { state } = entry;
  const source = isRecord(state.source) ? state.source.id : state.sourceId;
  return [source, state.questionId].filter((id): id is string => typeof id === "string");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
