"use client";

import { useEffect, useState } from "react";
import type { QuestionHeader } from "@/lib/questions/comparison-types";

/** How many questions the picker offers for what is typed. */
const SHOWN = 20;
/** Typing pauses this long before the server is asked. */
const DEBOUNCE_MS = 200;

/**
 * The questions to offer for what the editor typed: the page's first questions while nothing is
 * typed, else the server's matches (GET /api/v1/questions?q=), so a page never carries every
 * question. The chosen one stays offered whatever is typed.
 */
export function useQuestionSearch(
  search: string,
  initial: QuestionHeader[],
  chosenId: string | null,
): QuestionHeader[] {
  const needle = search.trim();
  const [found, setFound] = useState<{ needle: string; items: QuestionHeader[] } | null>(null);

  useEffect(() => {
    if (!needle) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const url = `/api/v1/questions?${new URLSearchParams({ q: needle, limit: String(SHOWN) })}`;
      fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { items: [] }))
        .then((body: { items: QuestionHeader[] }) => setFound({ needle, items: body.items }))
        .catch(() => {
          // Aborted by newer typing, or offline: the previous list stays.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [needle]);

  const items = !needle ? initial : (found?.items ?? localMatches(initial, needle));
  const chosen = [...initial, ...(found?.items ?? [])].find((q) => q.id === chosenId);
  return chosen && !items.some((q) => q.id === chosen.id) ? [chosen, ...items] : items;
}

/** Until the server answers, what the page already has. */
function localMatches(questions: QuestionHeader[], needle: string): QuestionHeader[] {
  const words = needle.toLowerCase().split(/\s+/);
  return questions.filter((q) => {
    const label = `${q.subject.name} — ${q.measure} (${q.scope})`.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}
