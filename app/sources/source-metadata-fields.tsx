import { Field } from "@/app/_components/form-fields";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/sources/source-kinds";

interface Props {
  /** The value a field starts with (as typed, or as stored, or as an import suggests). */
  value: (name: string) => string;
  errors: Record<string, string[] | undefined>;
}

/** A source's metadata fields, shared by the paste, import and edit forms. */
export function SourceMetadataFields({ value, errors }: Props) {
  return (
    <>
      <Field name="title" label="Title" required errors={errors.title}>
        {(props) => <input type="text" {...props} defaultValue={value("title")} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="publisher" label="Publisher or outlet" errors={errors.publisher}>
          {(props) => <input type="text" {...props} defaultValue={value("publisher")} />}
        </Field>
        <Field name="kind" label="Kind" errors={errors.kind}>
          {(props) => (
            <select {...props} defaultValue={value("kind") || "other"}>
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SOURCE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="published"
          label="Published"
          hint="2020, 2020-02 or 2024-02-29 — as precise as known."
          errors={errors.published}
        >
          {(props) => (
            <input
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              {...props}
              defaultValue={value("published")}
            />
          )}
        </Field>
        <Field
          name="language"
          label="Language"
          hint="A code such as en, ru or hy."
          errors={errors.language}
        >
          {(props) => <input type="text" {...props} defaultValue={value("language")} />}
        </Field>
      </div>
      <Field name="authors" label="Authors" hint="One per line." errors={errors.authors}>
        {(props) => <textarea rows={2} {...props} defaultValue={value("authors")} />}
      </Field>
      <Field name="url" label="Web address" errors={errors.url}>
        {(props) => (
          <input type="url" placeholder="https://" {...props} defaultValue={value("url")} />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          name="accessed"
          label="Accessed"
          hint="The day you read it, for citations. Empty: the day it is added."
          errors={errors.accessed}
        >
          {(props) => <input type="date" {...props} defaultValue={value("accessed")} />}
        </Field>
        <Field
          name="archiveUrl"
          label="Archived copy"
          hint="A web archive's copy of the page (Wayback Machine, archive.today)."
          errors={errors.archiveUrl}
        >
          {(props) => (
            <input
              type="url"
              placeholder="https://"
              {...props}
              defaultValue={value("archiveUrl")}
            />
          )}
        </Field>
      </div>
    </>
  );
}
