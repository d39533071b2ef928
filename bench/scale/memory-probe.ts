// Preloaded into the app server by bench/scale (never by `npm start`): on SIGUSR2 it runs a full
// garbage collection (the server is started with --expose-gc) and writes the memory figures to
// BENCH_MEMORY_FILE, so the benchmark can tell heap that is retained from heap not yet collected.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MEMORY_FILE;
const gc = (globalThis as { gc?: () => void }).gc;
if (file && gc) {
  process.on("SIGUSR2", () => {
    gc();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    writeFileSync(file, JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers }));
  });
}
