import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";
import { MAX_VERSION } from "@/lib/forms/version-field";

/** The body of …/:id/revert: the earlier version to bring back. */
export const RevertSchema = z.strictObject(
  {
    version: z
      .int("version must be a whole number")
      .min(1, "version starts at 1")
      .max(MAX_VERSION, "no record has that many versions"),
  },
  { error: unknownField },
);
