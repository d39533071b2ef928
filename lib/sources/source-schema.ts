import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";
import { VersionField } from "@/lib/forms/version-field";
import { parsePublicationDate } from "./publication-date";
import { SOURCE_KINDS } from "./source-kinds";

/** Texts above this many UTF-8 bytes are refused; the longest real article is far below it. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

// Forms send "" for an empty field; the API may send null to clear one. Both mean "no value".
const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

const optionalText = (max: number, what: string) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(max, `${what} is too long (at most ${max} characters)`)
      .nullable()
      .optional(),
  );

const authors = z.preprocess(
  // A form gives one author per line; the API gives an array.
  (value) => (typeof value === "string" ? value.split(/\r?\n|;/).filter((s) => s.trim()) : value),
  z
    .array(z.string().trim().min(1).max(200, "an author's name is at most 200 characters"))
    .max(50, "at most 50 authors"),
);

const url = z.preprocess(
  blankToNull,
  z
    .url({
      protocol: /^https?$/,
      error: "use a full web address starting with http:// or https://",
    })
    .max(2000, "the address is too long")
    .nullable()
    .optional(),
);

// Exactly one of the three documented forms: a client that sends " 2020 " or "2020-2-1" learns
// so, instead of having its value silently rewritten.
const published = z.preprocess(
  blankToNull,
  z
    .string({ error: "use YYYY, YYYY-MM or YYYY-MM-DD" })
    .regex(
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      "use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020, 2020-02 or 2024-02-29",
    )
    .transform((value, ctx) => {
      const parsed = parsePublicationDate(value);
      if (parsed.ok) return parsed.date;
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    })
    .nullable()
    .optional(),
);

const language = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "use a language code such as en, ru, hy or en-GB")
    .nullable()
    .optional(),
);

// The day the editor read the source; a date without a day would cite as "accessed 2024".
const accessed = z.preprocess(
  blankToNull,
  z
    .string({ error: "use YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD, e.g. 2024-05-01")
    .refine((value) => {
      const parsed = parsePublicationDate(value);
      return parsed.ok;
    }, "there is no such day")
    .nullable()
    .optional(),
);

const kind = z.enum(SOURCE_KINDS, { error: `choose one of: ${SOURCE_KINDS.join(", ")}` });

const text = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "paste the text of the source" : "the text must be a string",
  })
  .refine((value) => value.trim().length > 0, "paste the text of the source")
  .refine(
    (value) => utf8Length(value) <= MAX_TEXT_BYTES,
    "the text is larger than 5 MB; split it into several sources",
  );

const metadata = {
  title: z
    .string({
      error: (issue) =>
        issue.input === undefined ? "a title is required" : "the title must be text",
    })
    .trim()
    .min(1, "a title is required")
    .max(500, "the title is too long (at most 500 characters)"),
  publisher: optionalText(300, "the publisher"),
  authors: authors.optional(),
  url,
  published,
  language,
  accessed,
  /** A web archive's copy of `url` (Internet Archive, archive.today, …). */
  archiveUrl: url,
};

/** A new source: its text, kept exactly as given, and whatever metadata is known. */
export const SourceInputSchema = z.strictObject(
  { ...metadata, kind: kind.default("other"), text },
  { error: unknownField },
);

/** A change of metadata; a missing field stays as it is, null or "" clears it. */
export const SourceUpdateSchema = z.strictObject(
  {
    ...metadata,
    title: metadata.title.optional(),
    kind: kind.optional(),
    /** The version the change was made on; a stale one is refused. */
    version: VersionField,
    text: z
      .never({
        error:
          "the text of a source cannot be changed, since passages point into it; add a new source instead",
      })
      .optional(),
  },
  { error: unknownField },
);

export type SourceInput = z.output<typeof SourceInputSchema>;
export type SourceUpdate = z.output<typeof SourceUpdateSchema>;

/** UTF-8 size of a string without encoding it (this schema also runs in the browser). */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
