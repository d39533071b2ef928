import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { gunzipSync } from "node:zlib";

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

// One keep-alive pool of connections, as a browser or a load balancer keeps them. node:http rather
// than fetch: fetch's own work (WHATWG streams, header objects) added 0.5 to 1 ms to every answer,
// a third of the empty route's time, and the raw SQL it is compared with pays nothing like it.
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * GETs `url` as a browser would (gzip accepted, the answer unzipped), reads the whole body, and
 * fails on anything but 2xx. `headers` are sent as well. Returns the body's size in bytes, unzipped.
 */
export function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = { "accept-encoding": "gzip", ...headers };
    const req = request(url, { agent, headers: sent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 299) return reject(new Error(`GET ${url}: ${status}`));
        const body = Buffer.concat(chunks);
        const gzipped = response.headers["content-encoding"] === "gzip";
        resolve((gzipped ? gunzipSync(body) : body).byteLength);
      });
    });
    req.on("error", reject);
    req.end();
  });
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
