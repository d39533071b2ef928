import type { QuestionHeader } from "@/lib/questions/comparison-types";

/** A question in one line: "Sumgait pogrom — Armenians killed (whole event)". */
export function questionLabel(question: QuestionHeader): string {
  const scope = question.scope ? ` (${question.scope})` : "";
  return `${question.subject.name} — ${question.measure}${scope}`;
}

/**
 * The scope, set apart: claims with different scopes are different questions, so a reader
 * must not miss it.
 */
export function ScopeTag({ scope }: { scope: string }) {
  if (!scope) return <span className="text-sm text-stone-500">no particular scope</span>;
  return (
    <span className="inline-flex items-center gap-1 rounded border border-stone-300 bg-white px-2 py-0.5 text-sm">
      <span className="text-stone-500">scope:</span>
      <span className="font-medium text-stone-900">{scope}</span>
    </span>
  );
}
