import { z } from "zod";
import type { ExtractedMetadata } from "@/lib/import/metadata-values";
import { KeptRangesSchema } from "./kept-ranges";

const OPTIONS = ["address", "preview", "keep", "sha256"] as const;

/**
 * How to import, beside the source's fields: the web address to fetch (unless a file is
 * uploaded), whether only to preview, the parts of the text to keep, and the SHA-256 of the
 * document the editor checked (a page that changed since is not saved unseen).
 */
export const ImportOptionsSchema = z.object({
  address: z
    .url({
      protocol: /^https?$/,
      error: "use a full web address starting with http:// or https://",
    })
    .max(2000, "the address is too long")
    .optional(),
  preview: z
    .preprocess(
      (value) => (value === "true" || value === "1" ? true : value === "false" ? false : value),
      z.boolean(),
    )
    .optional(),
  keep: KeptRangesSchema,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "a SHA-256 as 64 lower-case hexadecimal digits")
    .optional(),
});

export type ImportOptions = z.output<typeof ImportOptionsSchema>;

/** A request body split into the import's options and the source fields it sets. */
export function splitImportBody(body: Record<string, unknown>): {
  options: Record<string, unknown>;
  fields: Record<string, unknown>;
} {
  const options: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if ((OPTIONS as readonly string[]).includes(key)) options[key] = value;
    else fields[key] = value;
  }
  return { options, fields };
}

/** The source fields an extraction suggests, as the source schema and form take them. */
export function fieldsFromMetadata(
  metadata: ExtractedMetadata,
  address: string | null,
): Record<string, unknown> {
  const fields: Record<string, unknown> = { title: metadata.title ?? "" };
  if (metadata.publisher) fields.publisher = metadata.publisher;
  if (metadata.authors?.length) fields.authors = metadata.authors;
  if (metadata.published) fields.published = metadata.published;
  if (metadata.language) fields.language = metadata.language;
  if (metadata.kind) fields.kind = metadata.kind;
  const url = metadata.url ?? address;
  if (url) fields.url = url;
  return fields;
}
