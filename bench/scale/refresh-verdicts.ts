// Child of bench/scale.ts: stores the verdicts of a freshly copied corpus (DATABASE_URL). The
// verdicts are the app's own (computeVerdicts); they are written 1,000 at a time with one UPDATE,
// where the app's refreshVerdicts writes one question per statement (fine for a write, slow for
// 20,000 questions at once).
import { db } from "@/lib/db/client";
import { computeVerdicts } from "@/lib/questions/stored-verdict";

const BATCH = 1000;
const started = performance.now();
let after = "";
let stored = 0;
for (;;) {
  const rows = await db.question.findMany({
    where: { id: { gt: after } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  if (rows.length === 0) break;
  after = rows.at(-1)!.id;
  const computed = await computeVerdicts(
    db,
    rows.map((row) => row.id),
  );
  const records = [...computed].map(([id, columns]) => ({ id, ...columns }));
  await db.$executeRaw`
    UPDATE "Question" q SET
      "verdictStatus" = v."verdictStatus"::"VerdictStatus", "verdictRank" = v."verdictRank",
      "divergence" = v."divergence", "verdictSummary" = v."verdictSummary",
      "clusterCount" = v."clusterCount", "claimCount" = v."claimCount",
      "sourceCount" = v."sourceCount", "originCount" = v."originCount",
      "verdictVersion" = v."verdictVersion", "verdictAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS v(
      "id" text, "verdictStatus" text, "verdictRank" int, "divergence" float8,
      "verdictSummary" text, "clusterCount" int, "claimCount" int, "sourceCount" int,
      "originCount" int, "verdictVersion" int)
    WHERE q."id" = v."id"`;
  stored += records.length;
}
// Every question row was just rewritten: vacuum too, as autovacuum soon would (see corpus.ts).
await db.$executeRawUnsafe('VACUUM ANALYZE "Question"');
console.log(`  stored ${stored} verdicts in ${Math.round(performance.now() - started)} ms`);
process.exit(0);
