import { readFileSync } from "node:fs";

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Fetches `url`, reads the whole body, and fails on anything but 2xx. */
export async function get(url: string, init?: RequestInit): Promise<number> {
  const response = await fetch(url, init);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${url}: ${response.status}`);
  return body.byteLength;
}

/**
 * Requests per second that `clients` concurrent loops of `work` reach in `ms` (answers that
 * failed are not counted as done), and how many failed.
 */
export async function throughput(
  work: () => Promise<unknown>,
  clients = 8,
  ms = 2_000,
): Promise<{ perSecond: number; failed: number }> {
  let done = 0;
  let failed = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      try {
        await work();
        done++;
      } catch {
        failed++;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, loop));
  return { perSecond: (done * 1000) / (performance.now() - start), failed };
}

/** Resident memory of a process in MB (Linux /proc), or NaN where that cannot be read. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Runs `work` while sampling `pid`'s memory every 50 ms; returns the peak seen. */
export async function peakRss(pid: number, work: () => Promise<unknown>): Promise<number> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssMb(pid));
}
