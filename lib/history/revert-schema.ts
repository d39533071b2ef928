import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";

/** The body of …/:id/revert: the earlier version to bring back. */
export const RevertSchema = z.strictObject(
  { version: z.int("version must be a whole number").min(1, "version starts at 1") },
  { error: unknownField },
);
