"use client";

import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { useServerMatches } from "@/app/_components/use-server-matches";

/** How many questions the picker offers for what is typed. */
const SHOWN = 20;

/**
 * The questions to offer for what the editor typed: the page's first questions while nothing is
 * typed, else the server's matches (GET /api/v1/questions?q=), so a page never carries every
 * question. The chosen one stays offered whatever is typed.
 */
export function useQuestionSearch(
  search: string,
  initial: QuestionHeader[],
  chosen: QuestionHeader | null,
): QuestionHeader[] {
  const found = useServerMatches<QuestionHeader>("/api/v1/questions", search, SHOWN);
  const needle = search.trim();
  const items = !needle ? initial : (found ?? localMatches(initial, needle));
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
