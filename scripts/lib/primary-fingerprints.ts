import pg from "pg";
import { COMPARISON_FINGERPRINT } from "@/lib/questions/fingerprint-sql";
import { logError } from "@/lib/log";

/**
 * Reads comparisons' fingerprints on the primary for the held comparisons (held-comparisons.ts), through a
 * small pool of the web server's own: the app's database client lives inside Next's modules.
 * One named statement, planned once per connection.
 */
export function primaryFingerprints(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // A connection that breaks while idle (a server restart) is replaced on the next read.
  pool.on("error", (error) => logError("page_cache.idle_connection", error));
  return async (questionId: string): Promise<string | null> => {
    const result = await pool.query<{ fingerprint: string | null }>({
      name: "comparison-fingerprint",
      text: COMPARISON_FINGERPRINT,
      values: [questionId],
    });
    return result.rows[0]?.fingerprint ?? null;
  };
}
