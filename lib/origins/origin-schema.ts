import { z } from "zod";
import { VersionField } from "@/lib/forms/version-field";

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

export type OriginRename = z.infer<typeof OriginRenameSchema>;
