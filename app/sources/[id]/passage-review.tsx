"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { callAction } from "@/app/_components/call-action";
import type { WordChange } from "@/lib/passages/word-changes";
import { reviewPassageAction } from "../text-actions";
import { selectionOffsets } from "./selection-offsets";

export interface ReviewItem {
  id: string;
  claimId: string;
  stated: string;
  question: string;
  status: "orphaned" | "reanchored";
  exact: string;
  textVersion: number;
  /** Re-anchored with changes: the word diff from the old words to the new. */
  changes: WordChange[] | null;
}

/**
 * Passages a new text version left for an editor: orphans to place again on words of the text
 * (select them, then "Place on the selected words") or to confirm as they are, and passages
 * placed on changed words, shown as a diff, to confirm or place elsewhere.
 */
export function PassageReview({ sourceId, items }: { sourceId: string; items: ReviewItem[] }) {
  return (
    <section id="review" aria-labelledby="review-heading" className="scroll-mt-24 space-y-3">
      <h2 id="review-heading" className="text-lg font-semibold">
        Passages to review ({items.length})
      </h2>
      <p className="text-sm text-stone-600">
        The text changed. These passages could not be placed, or were placed on changed words.
      </p>
      <ul className="space-y-3">
        {items.map((item) => (
          <ReviewEntry key={item.id} sourceId={sourceId} item={item} />
        ))}
      </ul>
    </section>
  );
}

function ReviewEntry({ sourceId, item }: { sourceId: string; item: ReviewItem }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function answer(place: boolean) {
    let offsets: { start: number; end: number } | null = null;
    if (place) {
      const root = document.querySelector<HTMLElement>("[data-source-text]");
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      offsets = root && range ? selectionOffsets(root, range) : null;
      if (!offsets) {
        setMessage("Select the words of the text that hold this claim first.");
        return;
      }
    }
    start(async () => {
      const outcome = await callAction(
        reviewPassageAction,
        sourceId,
        item.id,
        offsets ? { place: offsets } : { confirm: true as const },
      );
      const result = outcome.ok ? outcome.value : outcome;
      setMessage(result.ok ? null : result.message);
    });
  }

  const button =
    "rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-60";
  return (
    <li className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>
        <span className="font-semibold">
          {item.status === "orphaned" ? "Orphaned" : "Placed on changed words"}
        </span>{" "}
        —{" "}
        <Link href={`/claims/${item.claimId}`} className="underline">
          {item.question}: “{item.stated}”
        </Link>
      </p>
      {item.changes ? (
        <p className="font-serif" aria-label="Changes to the passage's words">
          {item.changes.map((change, i) =>
            change.kind === "same" ? (
              <span key={i}>{change.text}</span>
            ) : change.kind === "removed" ? (
              <del key={i} className="bg-red-100 text-red-900">
                {change.text}
              </del>
            ) : (
              <ins key={i} className="bg-green-100 text-green-900 no-underline">
                {change.text}
              </ins>
            ),
          )}
        </p>
      ) : (
        <p>
          Its words in{" "}
          <Link href={`/sources/${sourceId}/versions/${item.textVersion}`} className="underline">
            version {item.textVersion}
          </Link>
          : <q className="font-serif">{item.exact}</q>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={pending} onClick={() => answer(true)}>
          Place on the selected words
        </button>
        <button type="button" className={button} disabled={pending} onClick={() => answer(false)}>
          {item.status === "orphaned" ? "Confirm as orphaned" : "Confirm"}
        </button>
      </div>
      {message ? (
        <p role="alert" className="text-red-800">
          {message}
        </p>
      ) : null}
    </li>
  );
}
