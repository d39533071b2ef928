import type { FieldErrors } from "@/lib/forms/form-state";
import type { Occurrence } from "@/lib/passages/resolve-passage";

/** What the claim panel and the claim form get back from their server actions. */
export type ClaimActionResult =
  | { ok: true; claimId: string; questionId: string }
  | { ok: false; message: string; fields: FieldErrors; occurrences?: Occurrence[] };
