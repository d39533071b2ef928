// npm run values:rederive [-- --apply] [--claim <id>…]: re-reads every stored claim's value with the current rules.
import { readEnv } from "@/lib/config/env-schema";
import { FatalError, runMain } from "./lib/fatal";

runMain(async () => {
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new FatalError(`invalid configuration: ${parsed.message}`);
  if (!process.env.DATABASE_URL)
    throw new FatalError("set DATABASE_URL to the database to re-read (npm start prints it)");
  const apply = process.argv.includes("--apply");
  const { rederiveStoredValues } = await import("@/lib/claims/rederive-data");
  const { RULES_VERSION } = await import("@/lib/values/rules-version");
  const claimIds = process.argv.flatMap((arg, i) =>
    arg === "--claim" && process.argv[i + 1] ? [process.argv[i + 1]!] : [],
  );
  const report = await rederiveStoredValues({
    apply,
    claimIds: claimIds.length ? claimIds : undefined,
  });
  for (const change of report.changes) {
    const now = change.after ?? `refused: ${change.refusal}`;
    const mark = change.applied ? "written" : change.after ? "would change" : "left as stored";
    console.log(
      `${change.claimId} “${change.stated}”: ${change.before} (rules v${change.versions.before}) → ${now} [${mark}]`,
    );
  }
  for (const id of report.unreadable) console.log(`${id}: stored value unreadable, left as stored`);
  const changing = report.changes.filter((change) => change.after !== null).length;
  const refused = report.changes.length - changing;
  const written = report.changes.filter((change) => change.applied).length;
  console.log(
    `checked ${report.checked} claims with rules v${RULES_VERSION}: ${changing} values ${apply ? `changed, ${written} written` : "would change"}, ${refused} now refused (never written)${apply ? "" : "; run with --apply to write them"}`,
  );
});
