import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";
import { VersionField } from "@/lib/forms/version-field";
import { SourceInputSchema } from "./source-schema";

/** A corrected text for a source, with the version of the source it was made on. */
export const SourceTextSchema = z.strictObject(
  { text: SourceInputSchema.shape.text, version: VersionField },
  { error: unknownField },
);

export type SourceTextInput = z.output<typeof SourceTextSchema>;
