"use client";

import Link from "next/link";
import type { PassageTarget } from "./passage-target";

/**
 * What happened last, at the bottom left (the new highlight is scrolled to the middle, clear of
 * it): a claim recorded, a passage added; and which claim selected words would be added to.
 */
export function RecordedNotice(props: {
  saved: { claimId: string; questionId: string } | null;
  notice: string | null;
  target: PassageTarget | null;
  onDismiss: () => void;
  onStopAdding: () => void;
}) {
  const { saved, notice, target } = props;
  return (
    <>
      {/* The live region itself is the fixed box: were only its content fixed, the region would
          have no size of its own and count as hidden. */}
      <div
        role="status"
        aria-live="polite"
        className="fixed bottom-4 left-4 z-20 max-w-[min(28rem,calc(100%-2rem))]"
      >
        {saved || notice ? (
          <div className="flex items-start gap-3 rounded border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-950 shadow-lg">
            <p>
              {saved ? (
                <>
                  Claim recorded and highlighted.{" "}
                  <Link href={`/questions/${saved.questionId}`} className="font-medium underline">
                    See the comparison
                  </Link>{" "}
                  ·{" "}
                  <Link href={`/claims/${saved.claimId}`} className="underline">
                    the claim
                  </Link>
                  . Select more words to add them as another passage.
                </>
              ) : (
                notice
              )}
            </p>
            <button
              type="button"
              onClick={props.onDismiss}
              aria-label="Dismiss"
              className="min-h-6 min-w-6 px-1 font-bold"
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
      {target ? (
        <p className="text-sm text-stone-700">
          Selected words can be added as another passage of “{target.label}”.{" "}
          <button type="button" onClick={props.onStopAdding} className="min-h-6 underline">
            Stop adding passages
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The buttons that float beside a selection in the text. */
export function SelectionActions(props: {
  hidden: boolean;
  target: PassageTarget | null;
  pending: boolean;
  onRecord: () => void;
  onAddPassage: () => void;
}) {
  // Kept in the page while the panel is open (only hidden), so focus can return to them.
  return (
    <div
      className={`fixed right-4 bottom-4 z-20 flex flex-col items-end gap-2 ${props.hidden ? "invisible" : ""}`}
    >
      {props.target ? (
        <button
          type="button"
          onClick={props.onAddPassage}
          disabled={props.pending}
          className="rounded-full border border-amber-800 bg-white px-5 py-3 font-medium text-amber-950 shadow-lg hover:bg-amber-50"
        >
          Add as another passage of this claim
        </button>
      ) : null}
      <button
        type="button"
        onClick={props.onRecord}
        className="rounded-full bg-amber-800 px-5 py-3 font-medium text-white shadow-lg hover:bg-amber-900"
      >
        Record a claim
      </button>
    </div>
  );
}
