import type { Snapshot } from "./changed-fields";

interface Change {
  version: number;
  actorName: string;
  at: Date;
  changed: string[];
  before: Snapshot | null;
  after: Snapshot | null;
}

/** Fields shown by their own words rather than as raw JSON. */
const LABELS: Record<string, string> = {
  stated: "stated words",
  override: "corrected value",
  value: "value",
  parsedValue: "parsed value",
  asOf: "as of",
  questionId: "question",
  trashed: "in the trash",
  published: "publication date",
};

/**
 * Each change in words, for someone whose edit was refused because of it: "version 4, by
 * ana@example.org: note “a” → “b”; stated words “26” → “26 people”".
 */
export function describeChanges(changes: readonly Change[]): string[] {
  return changes.map((change) => {
    const fields = change.changed
      .filter((field) => field !== "parsedValue")
      .map(
        (field) =>
          `${LABELS[field] ?? field} ${show(change.before?.[field])} → ${show(change.after?.[field])}`,
      );
    return `version ${change.version}, by ${change.actorName}: ${fields.join("; ") || "no field changed"}`;
  });
}

/** A field's value in a few words. */
export function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return `“${value.length > 80 ? `${value.slice(0, 77)}…` : value}”`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "(none)";
  if (typeof value === "object" && "wording" in value) {
    const wording = (value as { wording?: unknown }).wording;
    if (typeof wording === "string") return show(wording);
  }
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}
