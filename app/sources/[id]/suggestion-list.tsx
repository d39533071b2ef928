"use client";

import { useState } from "react";
import { questionLabel } from "@/app/_components/question-label";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import type { Suggestion } from "@/lib/suggestions/suggestion-types";

interface Props {
  sourceId: string;
  text: string;
  canEdit: boolean;
  /** The suggestion, and the question it proposes (which the page's list may not hold). */
  onRecord: (suggestion: Suggestion, question: QuestionHeader | null) => void;
}

type Loaded = { items: Suggestion[]; questions: QuestionHeader[] };

/**
 * "Find figures": every figure and date the readers find in the text, with its sentence, what it
 * counts, whom it is attributed to and the question it may answer; "Record…" opens the panel
 * filled in, "Dismiss" remembers that this one is not wanted on this source.
 */
export function SuggestionList({ sourceId, text, canEdit, onRecord }: Props) {
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [showAll, setShowAll] = useState(false);

  async function find() {
    setState("loading");
    const response = await fetch(`/api/v1/sources/${sourceId}/suggestions`).catch(() => null);
    if (!response?.ok) return setState("failed");
    setLoaded((await response.json()) as Loaded);
    setState("idle");
  }

  async function dismiss(key: string) {
    const response = await fetch(`/api/v1/sources/${sourceId}/suggestions/dismissals`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key }),
    }).catch(() => null);
    if (!response?.ok) return setState("failed");
    setLoaded(
      (l) =>
        l && { ...l, items: l.items.map((i) => (i.key === key ? { ...i, dismissed: true } : i)) },
    );
  }

  const questions = new Map(loaded?.questions.map((q) => [q.id, q]));
  const items = (loaded?.items ?? []).filter((i) => showAll || (!i.dismissed && !i.recorded));
  const hidden = (loaded?.items.length ?? 0) - items.length;
  return (
    <section aria-labelledby="suggested-figures" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={find}
          disabled={state === "loading"}
          className="rounded border border-stone-400 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100"
        >
          {state === "loading"
            ? "Finding figures…"
            : loaded
              ? "Find figures again"
              : "Find figures"}
        </button>
        <h2 id="suggested-figures" className="sr-only">
          Suggested figures
        </h2>
        <p aria-live="polite" className="text-sm text-stone-700">
          {state === "failed"
            ? "The figures could not be found just now; try again."
            : loaded
              ? `${loaded.items.length} figures and dates found${hidden ? `, ${hidden} of them recorded or dismissed` : ""}.`
              : ""}
        </p>
        {loaded && hidden ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={showAll}
              onChange={(e) => setShowAll(e.target.checked)}
            />
            Show recorded and dismissed
          </label>
        ) : null}
      </div>
      {loaded && items.length ? (
        <ol className="max-h-[28rem] space-y-2 overflow-y-auto text-sm">
          {items.map((item) => {
            const question = item.proposal.questionId
              ? questions.get(item.proposal.questionId)
              : null;
            const others = item.questions.filter((m) => m.questionId !== item.proposal.questionId);
            return (
              <li key={item.key} className="rounded border border-stone-200 bg-white p-3">
                <p className="font-serif">
                  {text.slice(Math.max(item.sentence.start, item.start - 120), item.start)}
                  <strong className="bg-amber-100">{item.wording}</strong>
                  {text.slice(item.end, Math.min(item.sentence.end, item.end + 120))}
                </p>
                <p className="mt-1 text-stone-700">
                  {item.counted ? <>Counts: {item.counted}. </> : null}
                  {item.attribution?.origin ? <>According to: {item.attribution.origin}. </> : null}
                  {question ? <>Question: {questionLabel(question)}. </> : null}
                  {!question && others.length ? (
                    <>
                      May answer:{" "}
                      {others
                        .map((m) => questions.get(m.questionId))
                        .filter((q) => q !== undefined)
                        .map(questionLabel)
                        .join("; ")}
                      .{" "}
                    </>
                  ) : null}
                  {item.recorded ? <strong>Already recorded. </strong> : null}
                  {item.dismissed ? <strong>Dismissed. </strong> : null}
                  {item.notes.length ? (
                    <span className="text-stone-600">{item.notes.join(" ")}</span>
                  ) : null}
                </p>
                {canEdit ? (
                  <div className="mt-2 flex gap-2">
                    <button
                      type="button"
                      onClick={() => onRecord(item, question ?? null)}
                      aria-label={`Record “${item.wording}”…`}
                      className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700"
                    >
                      Record…
                    </button>
                    {!item.dismissed ? (
                      <button
                        type="button"
                        onClick={() => dismiss(item.key)}
                        aria-label={`Dismiss “${item.wording}”`}
                        className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100"
                      >
                        Dismiss
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
