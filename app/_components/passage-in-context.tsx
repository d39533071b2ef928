import type { PassageView } from "@/lib/questions/comparison-types";

/**
 * A passage with the sentence or two around it: the passage emphasised, the stated words marked
 * inside it, ellipses where the context was cut. A passage the source no longer contains says so.
 */
export function PassageInContext({ passage }: { passage: PassageView }) {
  const { context } = passage;
  if (passage.found === "missing" || !context) {
    return (
      <div role="note" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950">
        <p className="font-medium">This passage is missing from the source’s current text.</p>
        <p className="mt-1">
          The words recorded were: <q className="font-serif">{tidy(passage.exact)}</q>
        </p>
      </div>
    );
  }
  const { before, after, truncatedBefore, truncatedAfter } = context;
  const [lead, stated, rest] = split(context.passage, passage.statedRange);
  return (
    <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-base leading-relaxed text-stone-600">
      {truncatedBefore ? "… " : null}
      {tidy(before)}
      <span className="font-semibold text-stone-900">
        {tidy(lead)}
        {stated ? (
          <mark className="rounded-sm bg-amber-200 px-0.5 text-stone-950">{tidy(stated)}</mark>
        ) : null}
        {tidy(rest)}
      </span>
      {tidy(after)}
      {truncatedAfter ? " …" : null}
    </blockquote>
  );
}

function split(text: string, range: PassageView["statedRange"]): [string, string, string] {
  if (!range) return [text, "", ""];
  return [text.slice(0, range.start), text.slice(range.start, range.end), text.slice(range.end)];
}

// Line breaks and runs of (non-breaking) spaces in the source read as one space in a quotation.
function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ");
}
