import type { FieldErrors } from "@/lib/forms/form-state";
import type { Occurrence } from "@/lib/passages/resolve-passage";

/** What the claim panel and the claim form get back from their server actions. */
export type ClaimActionResult =
  | { ok: true; claimId: string; questionId: string; version: number }
  | {
      ok: false;
      message: string;
      /** The data layer's refusal code ("needs_value", …), when it refused. */
      code?: string;
      fields: FieldErrors;
      occurrences?: Occurrence[];
      /** After a version conflict: the version to save on, once the person has seen the change. */
      currentVersion?: number;
    };
