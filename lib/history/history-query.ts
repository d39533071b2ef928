import { z } from "zod";
import { MAX_VERSION } from "@/lib/forms/version-field";

/** ?before=<version> of a history list: the page of changes older than that version. */
export const HistoryQuerySchema = z.object({
  before: z.coerce
    .number({ error: "before must be a version number" })
    .int("before must be a whole number")
    .min(1, "before starts at 1")
    .max(MAX_VERSION, "no record has that many versions")
    .optional(),
});
