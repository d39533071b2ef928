import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";
import { VersionField } from "@/lib/forms/version-field";
import { QuoteSchema } from "./claim-schema";

/**
 * Another passage of a claim: words of the claim's own source, or of another source (`sourceId`)
 * that asserts the same thing in the same words' place. Shared by the panel and the API.
 */
export const PassageInputSchema = z.strictObject(
  {
    /** The source the words are in; the claim's own source when absent. */
    sourceId: z.string().min(1, "sourceId cannot be empty").optional(),
    quote: QuoteSchema,
    /** The claim version the change was made on; a stale one is refused. */
    version: VersionField,
  },
  { error: unknownField },
);

export type PassageInput = z.output<typeof PassageInputSchema>;
