import { containsWords } from "@/lib/passages/contains-words";

/** What choosing the passage a claim's value is read from needs to know of each passage. */
export interface PassageForValue {
  sourceId?: string;
  start: number;
  exact: string;
}

/**
 * The passage a claim's value is read from: the first (in text order) in the claim's own source
 * whose words hold the stated words. A claim may have several passages, some in other sources, so
 * "the first passage" is not enough; null when none holds them.
 */
export function valuePassage<P extends PassageForValue>(
  passages: readonly P[],
  claimSourceId: string,
  stated: string,
): P | null {
  const own = passages
    .filter((passage) => (passage.sourceId ?? claimSourceId) === claimSourceId)
    .sort((a, b) => a.start - b.start);
  return own.find((passage) => containsWords(passage.exact, stated).ok) ?? null;
}
