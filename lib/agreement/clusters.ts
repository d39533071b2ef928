import { compareKeys, endKey, startKey, type Interval } from "./interval";

export interface AgreementInput {
  id: string;
  interval: Interval;
  /** Claims relaying one origin share it; a claim with no known origin should get its own key. */
  originKey: string;
}

export interface Cluster {
  /** Members, ordered by where their intervals start (then end, then id). */
  claimIds: string[];
  /** The points all members share. */
  common: Interval;
  /** Distinct origins among the members. */
  origins: number;
}

/**
 * The maximal groups of claims that share a point (the maximal cliques of the interval graph),
 * left to right. One sweep over the sorted ends: whenever an interval closes right after one
 * opened, the open intervals form a maximal group. O(n log n) plus the size of the output.
 * A claim whose interval is empty shares no point with anything and is a group of its own.
 */
export function findClusters(claims: readonly AgreementInput[]): Cluster[] {
  const n = claims.length;
  const { sv, so, ev, eo } = endsOf(claims);
  // Ends live in typed arrays: sorting reads them millions of times for 10,000 claims.
  const cmpStart = (a: number, b: number) =>
    cmp(sv[a] as number, sv[b] as number) || (so[a] as number) - (so[b] as number);
  const cmpEnd = (a: number, b: number) =>
    cmp(ev[a] as number, ev[b] as number) || (eo[a] as number) - (eo[b] as number);
  const byStart = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => cmpStart(a, b) || cmpEnd(a, b) || tieBreak(claims, a, b),
  );
  const rank = new Int32Array(n);
  byStart.forEach((claim, position) => (rank[claim] = position));
  const isEmpty = (i: number) =>
    cmp(ev[i] as number, sv[i] as number) < 0 ||
    (ev[i] === sv[i] && (eo[i] as number) < (so[i] as number));
  const live = byStart.filter((i) => !isEmpty(i));
  const byEnd = [...live].sort((a, b) => cmpEnd(a, b) || (rank[a] as number) - (rank[b] as number));
  const clusters: Cluster[] = [];
  // Open claims in start order; closed ones are dropped lazily when the list is next read,
  // so each claim is skipped at most once and the sweep stays linear in its output.
  const openList = new Int32Array(n);
  const isOpen = new Uint8Array(n);
  const openOrigins = new Map<string, number>();
  let openLength = 0;
  let grew = false;
  let lastStart = -1;
  let s = 0;
  for (const e of byEnd) {
    // Ties go to starts: closed ends touching at one point do meet.
    while (s < live.length && startsBeforeEnd(live[s] as number, e)) {
      lastStart = live[s] as number;
      openList[openLength++] = lastStart;
      isOpen[lastStart] = 1;
      count(openOrigins, (claims[lastStart] as AgreementInput).originKey, 1);
      grew = true;
      s += 1;
    }
    if (grew) {
      const claimIds: string[] = [];
      let kept = 0;
      for (let r = 0; r < openLength; r += 1) {
        const member = openList[r] as number;
        if (!isOpen[member]) continue;
        openList[kept++] = member;
        claimIds.push((claims[member] as AgreementInput).id);
      }
      openLength = kept;
      const common = {
        low: (claims[lastStart] as AgreementInput).interval.low,
        high: (claims[e] as AgreementInput).interval.high,
      };
      clusters.push({ claimIds, common, origins: openOrigins.size });
      grew = false;
    }
    isOpen[e] = 0;
    count(openOrigins, (claims[e] as AgreementInput).originKey, -1);
  }
  if (live.length === n) return clusters;
  return placeEmpty(claims, clusters, byStart.filter(isEmpty));

  function startsBeforeEnd(a: number, b: number): boolean {
    return (
      cmp(sv[a] as number, ev[b] as number) < 0 ||
      (sv[a] === ev[b] && (so[a] as number) <= (eo[b] as number))
    );
  }
}

function endsOf(claims: readonly AgreementInput[]) {
  const n = claims.length;
  const [sv, ev] = [new Float64Array(n), new Float64Array(n)];
  const [so, eo] = [new Int8Array(n), new Int8Array(n)];
  claims.forEach((claim, i) => {
    [sv[i], so[i]] = startKey(claim.interval.low);
    [ev[i], eo[i]] = endKey(claim.interval.high);
  });
  return { sv, so, ev, eo };
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tieBreak(claims: readonly AgreementInput[], a: number, b: number): number {
  const ca = claims[a] as AgreementInput;
  const cb = claims[b] as AgreementInput;
  return cmpText(ca.id, cb.id) || cmpText(ca.originKey, cb.originKey);
}

function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function count(counts: Map<string, number>, key: string, by: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

// Empty intervals sit where they start, after any group starting at the same place.
function placeEmpty(
  claims: readonly AgreementInput[],
  clusters: Cluster[],
  empty: number[],
): Cluster[] {
  const all = [...clusters];
  for (const i of empty) {
    const { id, interval } = claims[i] as AgreementInput;
    const key = startKey(interval.low);
    const at = all.findIndex((c) => compareKeys(startKey(c.common.low), key) > 0);
    all.splice(at === -1 ? all.length : at, 0, { claimIds: [id], common: interval, origins: 1 });
  }
  return all;
}
