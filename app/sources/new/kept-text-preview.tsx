"use client";

import { useRef, useState } from "react";
import { keepOnly, keepWithout, type KeptRange } from "@/lib/sources/kept-ranges";
import { selectionOffsets } from "../[id]/selection-offsets";

interface Props {
  text: string;
  kept: readonly KeptRange[];
  onChange: (kept: KeptRange[]) => void;
}

/**
 * The extracted text as it will be saved: the parts kept, each run carrying its offset in the
 * extracted text, so a selection here says which part to keep or remove.
 */
export function KeptTextPreview({ text, kept, onChange }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const keptLength = kept.reduce((sum, [start, end]) => sum + end - start, 0);

  function apply(how: "only" | "without") {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const offsets = root.current && range ? selectionOffsets(root.current, range) : null;
    if (!offsets) {
      setHint("Select some of the text below first.");
      return;
    }
    const next =
      how === "only"
        ? keepOnly(kept, offsets.start, offsets.end)
        : keepWithout(kept, offsets.start, offsets.end);
    if (next.length === 0) {
      setHint("That would keep nothing of the text.");
      return;
    }
    setHint(null);
    selection?.removeAllRanges();
    onChange(next);
  }

  const button = "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100";
  return (
    <section aria-labelledby="kept-text-heading" className="space-y-2">
      <h2 id="kept-text-heading" className="text-lg font-semibold">
        Text to save
      </h2>
      <p className="text-sm text-stone-600">
        Cut what is not the article (menus, comments, notices): select it and remove it, or select
        the article and keep only that. {keptLength.toLocaleString("en")} of{" "}
        {text.length.toLocaleString("en")} characters kept.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => apply("only")}>
          Keep only the selection
        </button>
        <button type="button" className={button} onClick={() => apply("without")}>
          Remove the selection
        </button>
        <button type="button" className={button} onClick={() => onChange([[0, text.length]])}>
          Keep everything again
        </button>
      </div>
      {hint ? (
        <p role="status" className="text-sm text-amber-800">
          {hint}
        </p>
      ) : null}
      <div
        ref={root}
        data-kept-text
        className="max-h-[32rem] overflow-y-auto rounded border border-stone-300 bg-white p-4 font-serif whitespace-pre-wrap"
      >
        {kept.map(([start, end]) => (
          <span key={start} data-start={start}>
            {text.slice(start, end)}
          </span>
        ))}
      </div>
    </section>
  );
}
