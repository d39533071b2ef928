import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";
import { MAX_STYLE_BYTES } from "./csl-style-check";
import { BUNDLED_STYLES } from "./csl-styles";

/** The name a style is chosen by (?style=…): lower-case letters, digits and hyphens. */
export const StyleNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    "use lower-case letters, digits and hyphens, e.g. chicago-author-date",
  )
  .refine((name) => !Object.hasOwn(BUNDLED_STYLES, name), "this name belongs to a bundled style");

/**
 * An uploaded CSL style: its XML, and the name to choose it by — when absent, the last part of
 * the style's own id (".../styles/chicago-author-date" → "chicago-author-date").
 */
export const CitationStyleInputSchema = z.strictObject(
  {
    name: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      StyleNameSchema.optional(),
    ),
    xml: z
      .string({ error: "choose a .csl file" })
      .min(1, "choose a .csl file")
      .max(MAX_STYLE_BYTES, `a CSL style is at most ${MAX_STYLE_BYTES / 1024} KB`),
  },
  { error: unknownField },
);

export type CitationStyleInput = z.output<typeof CitationStyleInputSchema>;

/** The name a style gets from its CSL id when none is given: its last path segment, cleaned. */
export function styleNameFromId(id: string): string {
  const last =
    id
      .replace(/[/#?]+$/, "")
      .split(/[/#]/)
      .at(-1) ?? "";
  return (
    last
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 63) || "style"
  );
}
