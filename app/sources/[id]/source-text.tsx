import { segmentRanges } from "@/lib/passages/segment-ranges";
import { splitParagraphs } from "@/lib/passages/split-paragraphs";

export interface HighlightedPassage {
  passageId: string;
  claimId: string;
  start: number;
  end: number;
  label: string;
  draft: boolean;
}

/**
 * The text of a source, paragraph by paragraph, every character as stored. Each run of text
 * carries its offset (data-start), so a selection maps back to offsets into the stored text;
 * recorded passages are links to their claims, and the first piece of each is its anchor.
 */
export function SourceText({ text, passages }: { text: string; passages: HighlightedPassage[] }) {
  const byId = new Map(passages.map((passage) => [passage.passageId, passage]));
  const ranges = passages.map((p) => ({ start: p.start, end: p.end, id: p.passageId }));
  const anchored = new Set<string>();
  return (
    <div data-source-text className="max-w-prose font-serif text-lg leading-relaxed text-stone-900">
      {splitParagraphs(text).map((paragraph) => (
        <p key={paragraph.start} className="mb-5 whitespace-pre-wrap">
          {segmentRanges(paragraph.start, paragraph.end, ranges).map((segment) => {
            const words = text.slice(segment.start, segment.end);
            const covering = segment.ids.map((id) => byId.get(id)).filter((p) => p !== undefined);
            const first = covering[0];
            if (!first) {
              return (
                <span key={segment.start} data-start={segment.start}>
                  {words}
                </span>
              );
            }
            const anchor = covering.find((p) => !anchored.has(p.passageId));
            if (anchor) anchored.add(anchor.passageId);
            return (
              <a
                key={segment.start}
                id={anchor ? `passage-${anchor.passageId}` : undefined}
                data-start={segment.start}
                href={`/claims/${first.claimId}`}
                // A link is dragged as a link: a drag that starts in a highlight must select text.
                draggable={false}
                title={covering.map((p) => p.label).join("\n")}
                className={`scroll-mt-24 rounded-sm bg-amber-100 text-inherit underline decoration-amber-500 decoration-2 underline-offset-4 target:bg-amber-300 hover:bg-amber-200 ${
                  covering.length > 1 ? "bg-amber-200" : ""
                } ${covering.every((p) => p.draft) ? "decoration-dashed" : ""}`}
              >
                {words}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
