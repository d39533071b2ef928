// Child of bench/scale.ts: stores the verdicts of a freshly copied corpus (DATABASE_URL), with the
// app's own code, so the benchmark's lists read what the app would have stored.
import { refreshOutdatedVerdicts } from "@/lib/questions/verdict-check";

const started = performance.now();
const count = await refreshOutdatedVerdicts();
console.log(`  stored ${count} verdicts in ${Math.round(performance.now() - started)} ms`);
process.exit(0);
