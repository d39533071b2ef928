import "server-only";
import { snapshotAt } from "@/lib/history/history-data";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { updateClaim, type WriteOptions } from "./claim-data";
import { fail, type ClaimResult } from "./claim-failure";
import type { ValueOverrideInput } from "./claim-schema";

/**
 * Brings a claim's fields back to what an earlier version held. It is an edit like any other:
 * it names the version it read, runs the same checks (its old question may be gone), and is
 * itself recorded in the history.
 */
export async function revertClaim(
  id: string,
  version: number,
  options: WriteOptions,
): Promise<ClaimResult<ClaimRecord>> {
  const snapshot = await snapshotAt("claim", id, version);
  if (!snapshot) return fail("claim_not_found", "version", `This claim has no version ${version}.`);
  return updateClaim(
    id,
    {
      questionId: String(snapshot.questionId),
      stated: String(snapshot.stated),
      value: (snapshot.override as ValueOverrideInput | null) ?? null,
      origin: (snapshot.origin as string | null) ?? null,
      method: snapshot.method as ClaimRecord["method"],
      asOf: (snapshot.asOf as string | null) ?? null,
      note: (snapshot.note as string | null) ?? null,
      status: snapshot.status as ClaimRecord["status"],
    },
    options,
  );
}
