import diffSequences from "@jest/diff-sequences";

/** A run of tokens the diff keeps: old tokens `[oldStart, oldStart + length)` = new `[newStart, …)`. */
export interface TokenRun {
  oldStart: number;
  newStart: number;
  length: number;
}

/** A count of token comparisons left; Myers' diff has no limit of its own. */
export interface Budget {
  left: number;
}

/**
 * The runs of tokens two sequences share, in order. Tokens that occur exactly once in each are
 * matched first (the longest chain of them in the same order, as "patience diff" does), and only
 * the stretches between those anchors are diffed (Myers, from Jest). A repeated token — a
 * boilerplate sentence such as "Retrieved 7 January 2011." — is then only ever matched within
 * its own stretch, never with a copy far away. A stretch whose diff would overrun the budget is
 * left unmatched.
 */
export function alignTokens(oldTokens: string[], newTokens: string[], budget: Budget): TokenRun[] {
  const runs: TokenRun[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [a, b] of [
    ...uniqueAnchors(oldTokens, newTokens),
    [oldTokens.length, newTokens.length],
  ]) {
    if (a === undefined || b === undefined) continue;
    runs.push(...myers(oldTokens, newTokens, oldAt, a, newAt, b, budget));
    if (a < oldTokens.length) runs.push({ oldStart: a, newStart: b, length: 1 });
    oldAt = a + 1;
    newAt = b + 1;
  }
  return runs;
}

/** Pairs (old index, new index) of tokens unique in both, longest chain increasing in both. */
function uniqueAnchors(oldTokens: string[], newTokens: string[]): [number, number][] {
  const seen = new Map<string, { old: number; new: number; oldAt: number; newAt: number }>();
  oldTokens.forEach((token, i) => {
    const entry = seen.get(token) ?? { old: 0, new: 0, oldAt: i, newAt: -1 };
    entry.old++;
    seen.set(token, entry);
  });
  newTokens.forEach((token, j) => {
    const entry = seen.get(token);
    if (!entry) return;
    entry.new++;
    entry.newAt = j;
  });
  const pairs = [...seen.values()]
    .filter((e) => e.old === 1 && e.new === 1)
    .map((e): [number, number] => [e.oldAt, e.newAt])
    .sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs whose second members increase (patience sorting). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, b], i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < b) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const chain: [number, number][] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i] ?? -1) {
    const pair = pairs[i];
    if (pair) chain.push(pair);
  }
  return chain.reverse();
}

function myers(
  oldTokens: string[],
  newTokens: string[],
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  budget: Budget,
): TokenRun[] {
  if (oldTo <= oldFrom || newTo <= newFrom) return [];
  const runs: TokenRun[] = [];
  try {
    diffSequences(
      oldTo - oldFrom,
      newTo - newFrom,
      (a, b) => {
        if (--budget.left < 0) throw OUT_OF_BUDGET;
        return oldTokens[oldFrom + a] === newTokens[newFrom + b];
      },
      (n, a, b) => runs.push({ oldStart: oldFrom + a, newStart: newFrom + b, length: n }),
    );
  } catch (error) {
    if (error !== OUT_OF_BUDGET) throw error;
    return [];
  }
  return runs;
}

const OUT_OF_BUDGET = new Error("alignment budget spent");
