import type { Instance } from "./instance";
import { median, timed } from "./measure";

export interface WriteTimes {
  /** POST /api/v1/claims, its verdict update included (the app always does both). */
  withVerdict: number;
  /** The verdict update alone (refreshVerdicts in its own transaction, as the write runs it). */
  verdictOnly: number;
}

/**
 * Times claim writes through the API, each into another question, interleaved with the verdict
 * update of that question on its own. The write "without" its verdict update is the difference
 * (an upper bound of the update's cost: it pays a transaction of its own).
 */
export async function measureWrites(main: Instance, rounds: number): Promise<WriteTimes> {
  // The data layer reads DATABASE_URL when it loads: the main corpus's database.
  process.env.DATABASE_URL = main.url;
  const { createOrResetUser } = await import("@/lib/auth/user-data");
  const { createApiToken } = await import("@/lib/auth/api-tokens");
  const { inTransaction } = await import("@/lib/db/transaction");
  const { refreshVerdicts } = await import("@/lib/questions/stored-verdict");
  const made = await createOrResetUser({
    email: "bench-editor@bench.example",
    password: crypto.randomUUID(),
    role: "editor",
    replace: true,
  });
  if (!made.ok) throw new Error(made.message);
  const { token } = await createApiToken(made.user.id, "bench");

  const { rows } = await main.sql.query(
    `SELECT p."exact", p."sourceId", c."questionId" FROM "Passage" p
       JOIN "Claim" c ON c."id" = p."claimId"
      WHERE c."questionId" <> $1 ORDER BY c."id" LIMIT $2`,
    [main.corpus.comparedQuestionId, 3 * rounds + 3],
  );
  const withVerdict: number[] = [];
  const verdictOnly: number[] = [];
  for (let n = 0; n + 1 < rows.length && withVerdict.length < rounds + 1; n++) {
    const { exact, sourceId } = rows[n]!;
    // Another question than the passage's own, so the write is never a duplicate.
    const questionId = rows[n + 1]!.questionId as string;
    let refused = false;
    const time = await timed(async () => {
      const response = await fetch(`${main.base}/api/v1/claims`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ sourceId, questionId, quote: { exact } }),
      });
      const body = await response.text();
      // A synthetic figure such as "counted 1988 killed" reads as a year: that quote is refused
      // (422) for a count, and the next passage is taken instead.
      if (response.status === 422) refused = true;
      else if (response.status !== 201) throw new Error(`claim write: ${response.status} ${body}`);
    });
    if (refused) continue;
    withVerdict.push(time);
    verdictOnly.push(await timed(() => inTransaction((tx) => refreshVerdicts(tx, [questionId]))));
  }
  // The bench's own connections close before the database server stops, which would otherwise
  // log their termination as an error.
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  // The first of each warms up the connection and the route.
  return { withVerdict: median(withVerdict.slice(1)), verdictOnly: median(verdictOnly.slice(1)) };
}
