import { endKey, startKey, type Interval } from "./interval";

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
  const starts = claims.map((c) => startKey(c.interval.low));
  const ends = claims.map((c) => endKey(c.interval.high));
  const byStart = claims.map((_, i) => i).sort((a, b) => compareClaims(claims, starts, ends, a, b));
  const rank = new Int32Array(claims.length);
  byStart.forEach((claim, position) => (rank[claim] = position));
  const isEmpty = (i: number) => compare(ends[i] as Key, starts[i] as Key) < 0;
  const live = byStart.filter((i) => !isEmpty(i));
  const byEnd = [...live].sort(
    (a, b) => compare(ends[a] as Key, ends[b] as Key) || (rank[a] as number) - (rank[b] as number),
  );
  const clusters: Cluster[] = [];
  // A Set keeps insertion order, and claims open in start order: members come out sorted.
  const open = new Set<number>();
  let grew = false;
  let lastStart = -1;
  let s = 0;
  for (const e of byEnd) {
    // Ties go to starts: closed ends touching at one point do meet.
    while (s < live.length && compare(starts[live[s] as number] as Key, ends[e] as Key) <= 0) {
      lastStart = live[s] as number;
      open.add(lastStart);
      grew = true;
      s += 1;
    }
    if (grew) {
      const common = {
        low: claims[lastStart]?.interval.low ?? null,
        high: claims[e]?.interval.high ?? null,
      };
      clusters.push(makeCluster(claims, [...open], common));
      grew = false;
    }
    open.delete(e);
  }
  if (live.length === claims.length) return clusters;
  return placeEmpty(claims, clusters, byStart.filter(isEmpty));
}

type Key = [number, number];

function compare(a: Key, b: Key): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

function compareClaims(
  claims: readonly AgreementInput[],
  starts: Key[],
  ends: Key[],
  a: number,
  b: number,
): number {
  const ca = claims[a] as AgreementInput;
  const cb = claims[b] as AgreementInput;
  return (
    compare(starts[a] as Key, starts[b] as Key) ||
    compare(ends[a] as Key, ends[b] as Key) ||
    cmpText(ca.id, cb.id) ||
    cmpText(ca.originKey, cb.originKey)
  );
}

function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function makeCluster(
  claims: readonly AgreementInput[],
  members: number[],
  common: Interval,
): Cluster {
  const origins = new Set<string>();
  const claimIds = members.map((i) => {
    const claim = claims[i] as AgreementInput;
    origins.add(claim.originKey);
    return claim.id;
  });
  return { claimIds, common, origins: origins.size };
}

// Empty intervals sit where they start, after any group starting at the same place.
function placeEmpty(
  claims: readonly AgreementInput[],
  clusters: Cluster[],
  empty: number[],
): Cluster[] {
  const all = [...clusters];
  for (const i of empty) {
    const claim = claims[i] as AgreementInput;
    const key = startKey(claim.interval.low);
    const at = all.findIndex((c) => compare(startKey(c.common.low), key) > 0);
    const single = makeCluster(claims, [i], claim.interval);
    all.splice(at === -1 ? all.length : at, 0, single);
  }
  return all;
}
