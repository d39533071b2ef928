import "server-only";
import { restoreClaim } from "@/lib/claims/claim-trash";
import type { Actor } from "@/lib/history/actor";
import { restoreQuestion } from "@/lib/questions/question-trash";
import { restoreSource } from "@/lib/sources/source-trash";
import { purgeClaim, purgeQuestion, purgeSource, type PurgeResult } from "./purge";
import type { TrashKind } from "./trash-kinds";

export type RestoreResult = { ok: true } | { ok: false; status: 404 | 409; message: string };

/** Takes one record of any kind out of the trash, as it was. */
export async function restoreFromTrash(
  kind: TrashKind,
  id: string,
  actor: Actor,
): Promise<RestoreResult> {
  if (kind === "source") {
    const result = await restoreSource(id, { actor });
    return result === "done" ? { ok: true } : missing(kind, id);
  }
  if (kind === "question") {
    const result = await restoreQuestion(id, { actor });
    return result === "restored" ? { ok: true } : missing(kind, id);
  }
  const result = await restoreClaim(id, { actor });
  if (result.ok) return { ok: true };
  return result.failure.code === "claim_not_found"
    ? missing(kind, id)
    : { ok: false, status: 409, message: result.failure.message };
}

/** Deletes one trashed record of any kind for good. */
export function purgeFromTrash(kind: TrashKind, id: string, actor: Actor): Promise<PurgeResult> {
  if (kind === "source") return purgeSource(id, actor);
  if (kind === "question") return purgeQuestion(id, actor);
  return purgeClaim(id, actor);
}

function missing(kind: TrashKind, id: string): RestoreResult {
  return { ok: false, status: 404, message: `The trash holds no ${kind} with the id "${id}".` };
}
