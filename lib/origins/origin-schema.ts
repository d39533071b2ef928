import { z } from "zod";
import { VersionField } from "@/lib/forms/version-field";
import { blankToUndefined } from "@/lib/query-params";

/** A new name for an origin (the body, or a form). */
export const OriginRenameSchema = z.strictObject({
  name: z.string().trim().min(1, "the name cannot be empty").max(300, "at most 300 characters"),
  /** The version the change was made on; a stale one is refused. */
  version: VersionField,
});

/** Folds an origin into another: every claim that cites it cites `into` afterwards. */
export const OriginMergeSchema = z.strictObject({
  into: z.string().min(1, "name the origin to merge into").max(100),
  version: VersionField,
});

/** How many origins a claim form offers at first, and for each thing typed. */
export const ORIGINS_OFFERED = 20;

/** Most origins one suggestion list offers. */
export const MAX_ORIGIN_SUGGESTIONS = 50;

/** GET /api/v1/origins?q=&limit= — the origin field's suggestions for what the editor typed. */
export const OriginSearchSchema = z.strictObject({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "q is too long").optional()),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit is at least 1")
      .max(MAX_ORIGIN_SUGGESTIONS, `limit is at most ${MAX_ORIGIN_SUGGESTIONS}`)
      .optional(),
  ),
});

export type OriginRename = z.infer<typeof OriginRenameSchema>;
