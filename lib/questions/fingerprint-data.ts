import "server-only";
import { sqlQuery, type Client } from "@/lib/db/client";
import { COMPARISON_FINGERPRINT } from "./fingerprint-sql";

/**
 * The fingerprint of a live question's comparison as `client`'s server has it now; null when
 * there is no such live question or it has no fingerprint.
 */
export async function readComparisonFingerprint(
  client: Client,
  id: string,
): Promise<string | null> {
  const [row] = await sqlQuery<{ fingerprint: string | null }>(client, COMPARISON_FINGERPRINT, [
    id,
  ]);
  return row?.fingerprint ?? null;
}
