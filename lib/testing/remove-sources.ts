import { db } from "@/lib/db/client";
import { checkStoredVerdicts } from "@/lib/questions/verdict-check";

/**
 * A test's cleanup: deletes its sources outright (their claims and passages go with them), then
 * brings the stored verdicts of the questions those claims answered back in step, so later test
 * files find a database whose verdicts still match their claims.
 */
export async function removeTestSources(ids: readonly string[]): Promise<void> {
  await db.source.deleteMany({ where: { id: { in: [...ids] } } });
  await checkStoredVerdicts({ fix: true });
}
