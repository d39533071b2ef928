// npm run verdicts:check [-- --fix]: recomputes every stored verdict, the totals by verdict and
// of live sources, and the passages' live marks, and reports those that differ.
import { readEnv } from "@/lib/config/env-schema";
import { FatalError, runMain } from "./lib/fatal";

runMain(async () => {
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  if (!process.env.DATABASE_URL)
    throw new FatalError("set DATABASE_URL to the database to check (npm start prints it)");
  const fix = process.argv.includes("--fix");
  const { checkStoredVerdicts } = await import("@/lib/questions/verdict-check");
  const { checked, differences, tallies, stalePassages, sourceTally } = await checkStoredVerdicts({
    fix,
  });
  for (const d of differences.slice(0, 50))
    console.log(
      `${d.questionId} ${d.field}: stored ${JSON.stringify(d.stored)}, computed ${JSON.stringify(d.computed)}`,
    );
  const questions = new Set(differences.map((d) => d.questionId)).size;
  console.log(
    `checked ${checked} questions: ${questions} stored verdicts differ${fix && questions ? " (fixed)" : ""}`,
  );
  if (tallies)
    console.log(
      `totals by verdict differ: stored ${JSON.stringify(tallies.stored)}, counted ${JSON.stringify(tallies.counted)}${fix ? " (counted again)" : ""}`,
    );
  else console.log("totals by verdict match the live questions");
  console.log(
    sourceTally
      ? `the total of live sources differs: stored ${sourceTally.stored}, counted ${sourceTally.counted}${fix ? " (counted again)" : ""}`
      : "the total of live sources matches",
  );
  console.log(
    stalePassages
      ? `${stalePassages} passages are marked live or not live wrongly for search${fix ? " (fixed)" : ""}`
      : "every passage's live mark matches its claim, question and source",
  );
  if ((questions || tallies || stalePassages || sourceTally) && !fix)
    throw new FatalError(
      "stored verdicts, totals or live marks differ; run with --fix to store the recomputed ones",
    );
});
